package org.respnet.explore;

/** How request parameters read: a blank filter is no filter. */
final class QueryValues {

    private QueryValues() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
