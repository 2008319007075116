package org.respnet.explore;

import java.util.List;
import java.util.Map;

/**
 * What the explorer draws. {@code mode} is {@code neighbourhood} (around {@code focus}), {@code whole}
 * (every node) or {@code units} (the whole city over the node budget: units only, tasks aggregated);
 * {@code hidden} counts, per node, the neighbours left out by the cap, for a "show more".
 */
public record GraphView(String mode, String focus, List<GraphNode> nodes, List<GraphLink> links, boolean truncated,
        Map<String, Integer> hidden, int budget) {
}
