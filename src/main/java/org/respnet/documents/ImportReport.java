package org.respnet.documents;

import java.util.List;

import org.respnet.ingest.Problem;
import org.respnet.ingest.Warning;

/**
 * What an import did (or, when {@code problems} is not empty, why nothing was written).
 *
 * @param documentId      the document holding the notice: the new one, or the one already imported
 * @param scope           where its figures live: the city, or the city and year when the city has notices of
 *                        several years ({@code ?city=} of every page and read endpoint)
 * @param format          the format the file was read as (text/UTF-8, docx, pdf, …)
 * @param alreadyImported the same notice was imported before (same content, the same text in another
 *                        format, or the same document number of the same city and year); nothing changed
 * @param units           distinct units the document names
 * @param newUnits        units the graph did not hold before this import
 * @param unlistedUnits   units missing from {@code import/units.csv}, with the kind inferred from their name
 * @param warnings        what was read by guess (a task without a lead unit, a label read by its shape, …)
 */
public record ImportReport(
        String documentId,
        String kind,
        String format,
        String title,
        String city,
        String scope,
        Integer year,
        boolean alreadyImported,
        int tasks,
        int units,
        int leaders,
        List<String> newUnits,
        List<UnlistedUnit> unlistedUnits,
        List<Warning> warnings,
        List<Problem> problems,
        long millis) {

    /** A unit that the reference data does not list. */
    public record UnlistedUnit(String name, String inferredKind) {
    }
}
