package org.respnet.console;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the Cypher console (NeoDash uses the same 20 s and 1,000 rows).
 *
 * @param timeout        a query still running after this is terminated by the server
 * @param maxRows        rows returned at most; more are cut off and {@code truncated} is set
 * @param maxQueryLength characters a query may have
 */
@ConfigurationProperties("respnet.console")
public record ConsoleProperties(
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("1000") int maxRows,
        @DefaultValue("20000") int maxQueryLength) {
}
