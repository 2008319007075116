package org.respnet.explore;

/** One search-box suggestion: a unit, leader or task, and why it matched ({@code name}, {@code pinyin}, {@code text}). */
public record Suggestion(String id, String type, String name, String kind, String detail, long weight, String match) {
}
