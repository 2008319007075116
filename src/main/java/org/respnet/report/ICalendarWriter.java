package org.respnet.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A unit's reporting calendar as RFC 5545 iCalendar text: one all-day VEVENT per due date naming its tasks,
 * CRLF line ends, content lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped.
 * UIDs are stable (city, unit, date), so a re-import updates events in Outlook, WPS or a phone rather than
 * duplicating them. Plain Java.
 */
public final class ICalendarWriter {

    /** Control characters a TEXT value may not hold: all but tab and line feed (escaped as \\n). */
    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The calendar of one unit; {@code now} stamps every event (DTSTAMP). */
    public String write(String city, String unit, List<DueDate> dates, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//RespNet//责任网络 报送日历//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(unit + " 报送日历"));
        for (DueDate due : dates) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(city, unit, due));
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(due.date()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(due.date().plusDays(1)));
            line(out, "SUMMARY:" + text(summary(unit, due)));
            line(out, "DESCRIPTION:" + text(description(due)));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String summary(String unit, DueDate due) {
        return unit + " 报送" + due.items().stream()
                .map(i -> scopeLabel(i.scope()) + i.what() + "（" + roleLabel(i.role()) + " " + i.tasks().size() + " 项）")
                .distinct().collect(Collectors.joining("；"));
    }

    static String description(DueDate due) {
        return due.items().stream().map(i -> roleLabel(i.role()) + "报" + (i.to() == null ? "" : i.to())
                + (i.daysBefore() == null ? "" : "（牵头单位节点前 " + i.daysBefore() + " 天）") + "：\n"
                + i.tasks().stream().map(t -> taskLabel(t) + " " + shorten(t.text())).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n"));
    }

    private static String taskLabel(ReportingRules.HeldTask t) {
        return "LIVELIHOOD".equals(t.kind()) ? "民生" + t.no() : "第" + t.no() + "项";
    }

    private static String shorten(String text) {
        String first = text.split("。")[0];
        return first.length() > 40 ? first.substring(0, 40) + "…" : first;
    }

    static String scopeLabel(ReportingRules.Scope scope) {
        return switch (scope) {
            case KEY -> "重点工作";
            case LIVELIHOOD -> "民生实事";
            case ALL -> "";
        };
    }

    static String roleLabel(ReportingRules.Role role) {
        return role == ReportingRules.Role.LEAD ? "牵头" : "责任";
    }

    private static String uid(String city, String unit, DueDate due) {
        // A name-based UUID of city and unit: the same on every export, different for every unit.
        return DAY.format(due.date()) + "-" + java.util.UUID.nameUUIDFromBytes((city + "/" + unit)
                .getBytes(StandardCharsets.UTF_8)) + "@respnet";
    }

    /**
     * Escapes a TEXT value (RFC 5545 §3.3.11). Control characters other than a tab, which a value may not
     * hold (§3.1), are dropped: a unit name or task text from an uploaded notice may carry them.
     */
    static String text(String value) {
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        return CONTROL.matcher(lines).replaceAll("").replace("\\", "\\\\").replace(";", "\\;")
                .replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends one content line, folded so no physical line exceeds 75 octets (RFC 5545 §3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
