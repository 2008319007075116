package org.respnet.explore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the graph explorer, so a heavy node or the whole city never freezes the browser.
 *
 * @param nodeBudget     most nodes one answer of {@code /api/graph} draws; beyond it the whole-city
 *                       view shows units only, with task counts aggregated onto them
 * @param neighbourLimit neighbours added per expanded node unless the caller asks for more ("show more")
 */
@ConfigurationProperties("respnet.explore")
public record ExploreProperties(
        int nodeBudget,
        int neighbourLimit) {
}
