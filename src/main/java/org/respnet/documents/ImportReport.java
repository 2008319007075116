package org.respnet.documents;

import java.util.List;

import org.respnet.ingest.Problem;

/**
 * What an import did (or, when {@code problems} is not empty, why nothing was written).
 *
 * @param alreadyImported the same content was imported before; nothing changed
 * @param units           distinct units the document names
 * @param newUnits        units the graph did not hold before this import
 * @param unlistedUnits   units missing from {@code import/units.csv}, with the kind inferred from their name
 */
public record ImportReport(
        String documentId,
        String kind,
        String title,
        String city,
        Integer year,
        boolean alreadyImported,
        int tasks,
        int units,
        int leaders,
        List<String> newUnits,
        List<UnlistedUnit> unlistedUnits,
        List<Problem> problems,
        long millis) {

    /** A unit that the reference data does not list. */
    public record UnlistedUnit(String name, String inferredKind) {
    }
}
