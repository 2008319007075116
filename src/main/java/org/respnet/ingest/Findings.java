package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;

import org.respnet.ingest.extract.Place;

/** Problems and warnings collected while one document is read, each with its place; never thrown. */
final class Findings {

    final List<Problem> problems = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();

    void problem(Place place, String message) {
        problems.add(Problem.at(place, message));
    }

    void warning(Place place, String message) {
        warnings.add(Warning.at(place, message));
    }
}
