package org.respnet.system;

/**
 * One page of a ranked list, as {@code ?offset=&limit=} ask for it: the first 100 unless asked,
 * never more than 1,000, so no answer grows with the number of cities.
 */
public record PageRequest(Integer offset, Integer limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000;

    public int from() {
        return offset == null ? 0 : Math.max(0, offset);
    }

    public int size() {
        return limit == null ? DEFAULT_LIMIT : Math.clamp(limit, 0, MAX_LIMIT);
    }
}
