package org.respnet.figures;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Betweenness straight from its definition, independent of Brandes' accumulation and of GraphStream:
 * for every unordered pair {s, t} and every other node v on a shortest s–t path, add
 * σ(s, v) · σ(v, t) / σ(s, t), with distances and path counts σ from a breadth-first search per node.
 */
public final class PairCountingBetweenness {

    private PairCountingBetweenness() {
    }

    /** Betweenness of every node of an undirected, unweighted graph given as node ids and two-node links. */
    public static Map<String, Double> of(List<String> nodes, List<List<String>> links) {
        Map<String, Set<String>> adjacent = new HashMap<>();
        nodes.forEach(n -> adjacent.put(n, new TreeSet<>()));
        for (List<String> link : links) {
            adjacent.get(link.get(0)).add(link.get(1));
            adjacent.get(link.get(1)).add(link.get(0));
        }
        Map<String, Map<String, Integer>> distance = new HashMap<>();
        Map<String, Map<String, Double>> paths = new HashMap<>();
        for (String source : nodes) {
            Map<String, Integer> d = new HashMap<>();
            Map<String, Double> sigma = new HashMap<>();
            d.put(source, 0);
            sigma.put(source, 1.0);
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(source));
            while (!queue.isEmpty()) {
                String v = queue.poll();
                for (String w : adjacent.get(v)) {
                    if (!d.containsKey(w)) {
                        d.put(w, d.get(v) + 1);
                        queue.add(w);
                    }
                    if (d.get(w) == d.get(v) + 1) {
                        sigma.merge(w, sigma.get(v), Double::sum);
                    }
                }
            }
            distance.put(source, d);
            paths.put(source, sigma);
        }
        Map<String, Double> betweenness = new LinkedHashMap<>();
        nodes.forEach(n -> betweenness.put(n, 0.0));
        for (int i = 0; i < nodes.size(); i++) {
            String s = nodes.get(i);
            for (int j = i + 1; j < nodes.size(); j++) {
                String t = nodes.get(j);
                Integer st = distance.get(s).get(t);
                if (st == null) {
                    continue;
                }
                for (String v : nodes) {
                    if (v.equals(s) || v.equals(t)) {
                        continue;
                    }
                    Integer sv = distance.get(s).get(v);
                    Integer vt = distance.get(v).get(t);
                    if (sv != null && vt != null && sv + vt == st) {
                        betweenness.merge(v, paths.get(s).get(v) * paths.get(v).get(t) / paths.get(s).get(t),
                                Double::sum);
                    }
                }
            }
        }
        return betweenness;
    }
}
