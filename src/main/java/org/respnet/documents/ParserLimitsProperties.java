package org.respnet.documents;

import org.respnet.ingest.ParserLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on one document (defaults in {@code application.properties}): a document over any of them is
 * refused with a problem naming the line and the limit, so no upload can hold the server.
 *
 * @param unitsPerTask units named on one task, lead and responsible together
 * @param tasks        tasks in one document
 * @param lines        lines, paragraphs and table rows in one document
 */
@ConfigurationProperties("respnet.import.limits")
record ParserLimitsProperties(int unitsPerTask, int tasks, int lines) {

    ParserLimits limits() {
        return new ParserLimits(unitsPerTask, tasks, lines);
    }
}
