package org.respnet.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Units ranked by bottleneck score, with the weights and the maxima the score was computed from.
 * <p>
 * score = Σ weight(c) × value(c) / max(c) over the components c = lead, total, coLeadShare,
 * leaderFanIn, betweenness, expandedTotal; max(c) is the largest value of c among the ranked units
 * (the whole list, before paging), and a component whose max is 0 adds 0. So each component is
 * measured against the unit that has the most of it; {@code parts} shows each term.
 */
public record BottleneckRanking(String kind, String normalization, BottleneckWeights weights, Maxima maxima,
        int total, int offset, int limit, List<Bottleneck> items) {

    static final String NORMALIZATION = "value / max among ranked units (0 when the max is 0)";
    static final String NORMALIZATION_ACROSS_CITIES =
            "value / max among the ranked units of the same city (0 when the max is 0); units are compared by their standing within their own city";

    /** A ranked unit: its score, its raw components, and each component's weighted share of the score. */
    public record Bottleneck(int rank, String name, String kind, String city, double score, long lead, long total,
            long expandedTotal, long coLeadTasks, double coLeadShare, long leaderFanIn, double betweenness,
            long degree, Long community, Parts parts) {
    }

    /** The terms of a score: weight × value / max for each component; they add up to the score. */
    public record Parts(double lead, double total, double coLeadShare, double leaderFanIn, double betweenness,
            double expandedTotal) {

        double sum() {
            return lead + total + coLeadShare + leaderFanIn + betweenness + expandedTotal;
        }
    }

    /** The largest value of each component among the ranked units: the denominators of the score. */
    public record Maxima(double lead, double total, double coLeadShare, double leaderFanIn, double betweenness,
            double expandedTotal) {
    }

    /** One row of {@code bottleneck-components.cypher}: the raw components of a unit. */
    public record Components(String name, String kind, String city, long lead, long total, long expandedTotal,
            long coLeadTasks, double coLeadShare, long leaderFanIn, double betweenness, long degree,
            long weightedDegree, Long community) {
    }

    /** How many units a ranking holds and, within one city, the maxima its scores were computed with. */
    public record Population(long total, Maxima maxima) {
    }

    /** One row of {@code bottlenecks.cypher}: a unit with its stored score and parts. */
    public record Stored(String name, String kind, String city, double score, long lead, long total, long expandedTotal,
            long coLeadTasks, double coLeadShare, long leaderFanIn, double betweenness, long degree, Long community,
            Parts parts) {
    }

    /**
     * A page of a ranking read from the scores stored per city and population (by {@code NetworkFigures},
     * with {@link #rank}); within one city it equals {@link #rank} over the city's units.
     */
    public static BottleneckRanking stored(String kind, boolean oneCity, Population population, List<Stored> page,
            BottleneckWeights w, int offset, int limit) {
        List<Bottleneck> items = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Stored u = page.get(i);
            items.add(new Bottleneck(offset + i + 1, u.name(), u.kind(), u.city(), u.score(), u.lead(), u.total(),
                    u.expandedTotal(), u.coLeadTasks(), u.coLeadShare(), u.leaderFanIn(), u.betweenness(), u.degree(),
                    u.community(), u.parts()));
        }
        return new BottleneckRanking(kind, oneCity ? NORMALIZATION : NORMALIZATION_ACROSS_CITIES, w,
                population.maxima(), (int) population.total(), offset, limit, List.copyOf(items));
    }

    /** Scores and ranks every unit given, then returns the page {@code [offset, offset + limit)}. */
    public static BottleneckRanking rank(String kind, List<Components> units, BottleneckWeights w, int offset,
            int limit) {
        Maxima max = new Maxima(max(units, Components::lead), max(units, Components::total),
                max(units, Components::coLeadShare), max(units, Components::leaderFanIn),
                max(units, Components::betweenness), max(units, Components::expandedTotal));
        record Scored(Components unit, Parts parts) {
        }
        List<Scored> scored = units.stream()
                .map(u -> new Scored(u, new Parts(
                        term(w.lead(), u.lead(), max.lead()),
                        term(w.total(), u.total(), max.total()),
                        term(w.coLeadShare(), u.coLeadShare(), max.coLeadShare()),
                        term(w.leaderFanIn(), u.leaderFanIn(), max.leaderFanIn()),
                        term(w.betweenness(), u.betweenness(), max.betweenness()),
                        term(w.expandedTotal(), u.expandedTotal(), max.expandedTotal()))))
                .sorted(Comparator.comparingDouble((Scored s) -> s.parts().sum()).reversed()
                        .thenComparing(s -> s.unit().lead(), Comparator.reverseOrder())
                        .thenComparing(s -> s.unit().name())
                        .thenComparing(s -> s.unit().city()))
                .toList();
        int from = Math.min(offset, scored.size());
        int to = (int) Math.min((long) from + limit, scored.size());
        List<Bottleneck> page = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Components u = scored.get(i).unit();
            Parts parts = scored.get(i).parts();
            page.add(new Bottleneck(i + 1, u.name(), u.kind(), u.city(), parts.sum(), u.lead(), u.total(),
                    u.expandedTotal(), u.coLeadTasks(), u.coLeadShare(), u.leaderFanIn(), u.betweenness(),
                    u.degree(), u.community(), parts));
        }
        return new BottleneckRanking(kind, NORMALIZATION, w, max, scored.size(), offset, limit, List.copyOf(page));
    }

    private static double term(double weight, double value, double max) {
        return max == 0 ? 0 : weight * value / max;
    }

    private static double max(List<Components> units, ToDoubleFunction<Components> component) {
        return units.stream().mapToDouble(component).max().orElse(0);
    }
}
