package org.respnet.ingest;

/**
 * A unit named in an assignment. {@code office} is the office it acts as when the notice names
 * one in brackets, as in 市发改委（市营商环境办）; {@code null} otherwise.
 */
public record UnitRef(String name, String office) {

    public static UnitRef of(String name) {
        return new UnitRef(name, null);
    }
}
