package org.respnet.documents;

import java.time.Duration;

import org.respnet.ingest.extract.ExtractionLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What reading one uploaded document may cost, and how many are read at once (defaults in
 * {@code application.properties}; docs/security.md says what each protects against). Preview and
 * import share them: a document over a limit is refused with 422 naming it; an upload finding every
 * reading place and the queue taken gets 429 with {@code Retry-After}.
 *
 * @param expandedSize bytes a .docx or .xlsx may inflate to
 * @param cells        table cells (rows × columns, spans filled in, merged areas once per row)
 * @param pages        pages of a PDF
 * @param time         time reading and parsing one document
 * @param concurrent   documents read at once
 * @param queued       uploads waiting for a place (each at most {@code time}); beyond them 429
 */
@ConfigurationProperties("respnet.import.limits")
record ExtractionLimitsProperties(DataSize expandedSize, long cells, int pages, Duration time, int concurrent,
        int queued) {

    ExtractionLimits limits() {
        return new ExtractionLimits(expandedSize.toBytes(), cells, pages, time);
    }
}
