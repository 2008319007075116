package org.respnet.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a notice that names only 责任单位 says which of them leads, in its own words. Applied only to
 * tasks that name no 牵头单位, and only when the document states the rule.
 */
public enum LeadRule {
    /** 列第一位者为牵头单位 / 排在第一位的为牵头单位: the first responsible unit listed leads. */
    FIRST_LISTED,
    /** 无牵头单位的，责任单位即为牵头单位: every responsible unit of such a task leads. */
    RESPONSIBLE_IS_LEAD;

    private static final Pattern FIRST = Pattern.compile(
            "(?:列|排|排名|位列)(?:在|于)?(?:第一|首)(?:位|个|名)?[^。；;]{0,15}?(?:为|是|即为|作为)[^。；;]{0,6}?牵头"
                    + "|(?:第一|首)(?:个|位|家)?(?:单位|责任单位|部门)?(?:为|是|即为)牵头");
    private static final Pattern RESPONSIBLE = Pattern.compile(
            "(?:无|没有|未(?:明确|列明|标明|注明|列)?)牵头单位的?[，,]?[^。；;]{0,10}?责任单位(?:即|均|就)?(?:为|是)牵头单位");

    /** The rule a passage of the document states, if it states one. */
    static Optional<LeadRule> statedIn(String printed) {
        if (printed.indexOf('牵') < 0 && printed.indexOf('牽') < 0) {
            return Optional.empty();
        }
        String text = HanVariants.simplified(printed);
        if (text.indexOf('牵') < 0) {
            return Optional.empty();
        }
        if (RESPONSIBLE.matcher(text).find()) {
            return Optional.of(RESPONSIBLE_IS_LEAD);
        }
        return FIRST.matcher(text).find() ? Optional.of(FIRST_LISTED) : Optional.empty();
    }
}
