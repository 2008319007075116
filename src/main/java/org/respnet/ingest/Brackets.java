package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Bracket handling for notice text, where full-width （）, 〔〕 and half-width () nest freely,
 * e.g. 〔…牵头单位：市委宣传部（市委文明办）…〕.
 */
final class Brackets {

    /** A top-level bracketed span: {@code start} is the opening bracket, {@code end} the closing one. */
    record Span(int start, int end, String content) {
    }

    private static final String OPEN = "（〔(【[";
    private static final String CLOSE = "）〕)】]";

    private Brackets() {
    }

    static boolean isOpen(char c) {
        return OPEN.indexOf(c) >= 0;
    }

    static boolean isClose(char c) {
        return CLOSE.indexOf(c) >= 0;
    }

    /**
     * Depth at the end of {@code text}, or -1 when a closing bracket has no opening one.
     * Kinds are not matched against each other: printed notices mix （） and () too often.
     */
    static int depthAtEnd(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isOpen(c)) {
                depth++;
            } else if (isClose(c)) {
                if (--depth < 0) {
                    return -1;
                }
            }
        }
        return depth;
    }

    /** The top-level bracketed spans of a balanced text, in order. */
    static List<Span> topLevelSpans(String text) {
        List<Span> spans = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isOpen(c)) {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (isClose(c) && depth > 0 && --depth == 0) {
                spans.add(new Span(start, i, text.substring(start + 1, i)));
            }
        }
        return spans;
    }

    /** Splits at any of {@code separators} that stand outside brackets; trims and drops empty parts. */
    static List<String> splitTopLevel(String text, String separators) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isOpen(c)) {
                depth++;
            } else if (isClose(c) && depth > 0) {
                depth--;
            }
            if (depth == 0 && separators.indexOf(c) >= 0) {
                addTrimmed(parts, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addTrimmed(parts, current);
        return parts;
    }

    private static void addTrimmed(List<String> parts, CharSequence part) {
        String trimmed = part.toString().strip();
        if (!trimmed.isEmpty()) {
            parts.add(trimmed);
        }
    }
}
