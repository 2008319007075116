package org.respnet.figures;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much each normalized component counts in the bottleneck score. Defaults sum to 1, so a score
 * is between 0 and 1; any non-negative weights work, a weight of 0 drops its component.
 *
 * @param lead          tasks the unit leads
 * @param total         tasks it is named on in any role
 * @param coLeadShare   share of its lead tasks that it leads together with others
 * @param leaderFanIn   distinct leaders above its tasks
 * @param betweenness   its betweenness in the co-assignment network
 * @param expandedTotal tasks including those of its groups (off by default: mostly repeats total)
 */
@ConfigurationProperties("respnet.bottleneck.weights")
public record BottleneckWeights(
        double lead,
        double total,
        double coLeadShare,
        double leaderFanIn,
        double betweenness,
        double expandedTotal) {

    public BottleneckWeights {
        for (double weight : new double[] {lead, total, coLeadShare, leaderFanIn, betweenness, expandedTotal}) {
            if (weight < 0 || Double.isNaN(weight)) {
                throw new IllegalArgumentException("bottleneck weights must be non-negative numbers");
            }
        }
    }
}
