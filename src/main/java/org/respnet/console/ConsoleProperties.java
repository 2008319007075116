package org.respnet.console;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the Cypher console (NeoDash uses the same 20 s and 1,000 rows).
 *
 * @param timeout              a query still running after this is terminated by the server
 * @param maxRows              rows returned at most; more are cut off and {@code truncated} is set
 * @param maxQueryLength       characters a query may have
 * @param poolSize             Bolt connections of the console's own driver (the application's pool is separate)
 * @param maxConcurrent        console queries running at once, all users together (more answer 429)
 * @param maxConcurrentPerUser console queries one user may run at once (more answer 429)
 * @param maxAnswerSize        bytes of rows (as JSON) returned at most; the rest is cut off, {@code truncated} set
 * @param maxParams            parameters a query may have
 * @param maxParamsSize        bytes the parameters may take (as JSON)
 * @param maxRange             elements all {@code range()} calls of a query may produce together (their sizes
 *                             multiplied: nested ones run inside one expression, which the timeout cannot stop)
 * @param maxNesting           depth of nested brackets ({@code ( [ {}) a query may have
 * @param allowedProcedures    the only procedures the console may call
 */
@ConfigurationProperties("respnet.console")
public record ConsoleProperties(
        Duration timeout,
        int maxRows,
        int maxQueryLength,
        int poolSize,
        int maxConcurrent,
        int maxConcurrentPerUser,
        DataSize maxAnswerSize,
        int maxParams,
        DataSize maxParamsSize,
        long maxRange,
        int maxNesting,
        Set<String> allowedProcedures) {
}
