package org.respnet.figures;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Betweenness estimated from shortest paths out of {@code pivots} sampled source nodes (Brandes'
 * accumulation from each pivot, scaled by n / pivots), on the same unweighted, undirected network
 * and scale as {@link CoAssignmentNetwork} (each unordered pair counted once). Not used by the
 * application: the network decomposes by city and exact betweenness on one city costs milliseconds.
 * It is kept, and checked against the exact ranking, for a single city component too large for
 * O(V·E) — which no notice produces.
 */
public final class SampledBetweenness {

    private SampledBetweenness() {
    }

    /** Estimated betweenness by node id, in the order of {@code nodes}; exact when {@code pivots >= nodes.size()}. */
    public static Map<String, Double> estimate(List<String> nodes, List<CoAssignmentNetwork.Link> links, int pivots,
            long seed) {
        int n = nodes.size();
        Map<String, Integer> index = new HashMap<>();
        nodes.forEach(id -> index.put(id, index.size()));
        List<List<Integer>> adjacent = new ArrayList<>();
        nodes.forEach(id -> adjacent.add(new ArrayList<>()));
        for (CoAssignmentNetwork.Link link : links) {
            int a = index.get(link.a());
            int b = index.get(link.b());
            adjacent.get(a).add(b);
            adjacent.get(b).add(a);
        }
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sources.add(i);
        }
        int k = Math.min(pivots, n);
        if (k < n) {
            Collections.shuffle(sources, new Random(seed));
        }
        double[] centrality = new double[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        for (int s : sources.subList(0, k)) {
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            List<Integer> order = new ArrayList<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            distance[s] = 0;
            paths[s] = 1;
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                order.add(v);
                for (int w : adjacent.get(v)) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue.add(w);
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            for (int i = order.size() - 1; i > 0; i--) {
                int w = order.get(i);
                for (int v : adjacent.get(w)) {
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                centrality[w] += dependency[w];
            }
        }
        // Every source counts each unordered pair from one end: summed over all n sources a pair is counted
        // twice, hence n / k for the sample and / 2 for the pair.
        double scale = (double) n / k / 2;
        Map<String, Double> result = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            result.put(nodes.get(i), centrality[i] * scale);
        }
        return result;
    }
}
