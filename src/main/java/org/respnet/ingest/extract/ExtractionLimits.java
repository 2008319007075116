package org.respnet.ingest.extract;

import java.time.Duration;

/**
 * Bounds on the work one document may cost to read, so that a small file cannot expand into gigabytes
 * or hours (a zip of highly compressed XML, a merged area over a whole sheet, {@code colspan=1000},
 * 100,000 PDF pages). Each is named after its setting {@code respnet.import.limits.*}.
 *
 * @param maxExpandedSize bytes a Word or Excel package may inflate to, all its parts together
 * @param maxCells        table cells a document may hold, rows × columns of every table and every span
 *                        filled in; a merged area counts once per row it covers, never per cell
 * @param maxPages        pages of a PDF
 * @param maxTime         time spent reading one document
 */
public record ExtractionLimits(long maxExpandedSize, long maxCells, int maxPages, Duration maxTime) {

    /** The defaults of {@code application.properties}, for callers without settings (tests, tools). */
    public static final ExtractionLimits DEFAULTS =
            new ExtractionLimits(32L * 1024 * 1024, 500_000, 2_000, Duration.ofSeconds(30));
}
