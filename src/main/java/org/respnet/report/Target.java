package org.respnet.report;

/**
 * A number a task commits to: 「粮食产量保持在29亿斤以上」 → metric 粮食产量, change 保持在, value 29, unit 亿斤,
 * comparator ≥.
 *
 * @param metric     what is counted or measured, as printed
 * @param change     the verb before the number as printed (增长, 新增, 达到…), null when there is none
 * @param value      the number (the lower end of a range such as 1—3)
 * @param upper      the upper end of a range, else null
 * @param unit       the unit as printed, with its 万/亿 (%, 亿元, 万亩, 个…)
 * @param comparator {@code =}, {@code ≥} (以上, 至少, 达到), {@code >} (超过, 突破), {@code ≤} (以下, 以内), {@code ≈} (左右)
 *                   or {@code ∈} (a range, value to upper)
 * @param phrase     the words the target was read from
 */
public record Target(String metric, String change, double value, Double upper, String unit, String comparator,
        String phrase) {
}
