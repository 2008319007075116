package org.respnet.ingest;

import org.respnet.ingest.extract.Place;

/**
 * Something the parser read by guess — a task without a lead unit, a role label read by its shape,
 * two unit names split apart, a leader taken from a heading. Shown to the user; never blocks import.
 */
public record Warning(int line, String where, String message) {

    static Warning at(Place place, String message) {
        return new Warning(place.line(), place.where(), message);
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
