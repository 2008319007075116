package org.respnet.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ParsedTask;
import org.respnet.ingest.UnitRef;
import org.respnet.synthetic.NoticeGenerator;

/** The sampled estimate against the exact figures of {@link CoAssignmentNetwork}. */
class SampledBetweennessTests {

    @Test
    void everyNodeAsPivotGivesTheExactFigures() {
        List<String> nodes = List.of("a", "b", "c", "d", "e", "f");
        List<CoAssignmentNetwork.Link> links = List.of(link("a", "b"), link("b", "c"), link("c", "a"), link("c", "d"),
                link("d", "e"), link("d", "f"), link("e", "f"));
        Map<String, CoAssignmentNetwork.Figures> exact = CoAssignmentNetwork.compute(nodes, links);

        Map<String, Double> sampled = SampledBetweenness.estimate(nodes, links, nodes.size(), 1);

        nodes.forEach(id -> assertThat(sampled.get(id)).isCloseTo(exact.get(id).betweenness(), within(1e-9)));
    }

    @Test
    void aQuarterOfAGeneratedCityAsPivotsFindsMostOfTheExactTopTwenty() {
        ParsedDocument city = new NoticeParser().parse(NoticeGenerator.fromBundledSeed(42).generate(1).get(0).notice());
        Map<String, Integer> shared = new TreeMap<>();
        TreeSet<String> units = new TreeSet<>();
        for (ParsedTask task : city.tasks()) {
            List<String> named = new ArrayList<>(new TreeSet<>(task.leadUnits().stream().map(UnitRef::name).toList()));
            task.responsibleUnits().forEach(u -> { if (!named.contains(u.name())) named.add(u.name()); });
            named.sort(Comparator.naturalOrder());
            units.addAll(named);
            for (int i = 0; i < named.size(); i++) {
                for (int j = i + 1; j < named.size(); j++) {
                    shared.merge(named.get(i) + "\u0000" + named.get(j), 1, Integer::sum);
                }
            }
        }
        List<CoAssignmentNetwork.Link> links = shared.entrySet().stream()
                .map(e -> new CoAssignmentNetwork.Link(e.getKey().split("\u0000")[0], e.getKey().split("\u0000")[1], e.getValue()))
                .toList();
        List<String> nodes = List.copyOf(units);
        Map<String, CoAssignmentNetwork.Figures> exact = CoAssignmentNetwork.compute(nodes, links);
        Map<String, Double> sampled = SampledBetweenness.estimate(nodes, links, nodes.size() / 4, 7);

        List<String> exactTop = top(nodes, id -> exact.get(id).betweenness());
        List<String> sampledTop = top(nodes, sampled::get);
        long overlap = sampledTop.stream().filter(exactTop::contains).count();
        System.out.printf("sampled betweenness, %d units, %d links, %d pivots: top-20 overlap %d/20%n", nodes.size(),
                links.size(), nodes.size() / 4, overlap);
        assertThat(overlap).isGreaterThanOrEqualTo(14);
    }

    private static List<String> top(List<String> nodes, java.util.function.ToDoubleFunction<String> value) {
        return nodes.stream().sorted(Comparator.comparingDouble(value).reversed().thenComparing(Comparator.naturalOrder()))
                .limit(20).toList();
    }

    private static CoAssignmentNetwork.Link link(String a, String b) {
        return new CoAssignmentNetwork.Link(a, b, 1);
    }
}
