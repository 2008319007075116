package org.respnet.graph;

import java.util.List;
import java.util.Map;

/** Parameter records shared by several named queries. */
public final class Parameters {

    private Parameters() {
    }

    /** A query without parameters. */
    public record None() {
    }

    /** One city; {@code null} means every city where the query allows it. */
    public record City(String city) {
    }

    /** One page of a city's ranked list. */
    public record CityPage(String city, int offset, int limit) {
    }

    /** A batch of rows written by one statement. */
    public record Rows(List<Map<String, Object>> rows) {
    }
}
