package org.respnet.system;

/** How request parameters read: a blank filter is no filter. */
public final class QueryValues {

    private QueryValues() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
