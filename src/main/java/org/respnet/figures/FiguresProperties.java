package org.respnet.figures;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds of the per-city figure recompute.
 *
 * @param maxUnitsPerTask a task naming more units than this adds no co-assignment links and no co-lead
 *                        pairs (k units would add k² of each); its units still get their workloads
 * @param timeout         one city's recompute (one transaction) is stopped after this and the city marked
 */
@ConfigurationProperties("respnet.figures")
public record FiguresProperties(int maxUnitsPerTask, Duration timeout) {
}
