package org.respnet.console;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the Cypher console (NeoDash uses the same 20 s and 1,000 rows).
 *
 * @param timeout        a query still running after this is terminated by the server
 * @param maxRows        rows returned at most; more are cut off and {@code truncated} is set
 * @param maxQueryLength characters a query may have
 */
@ConfigurationProperties("respnet.console")
public record ConsoleProperties(
        Duration timeout,
        int maxRows,
        int maxQueryLength) {
}
