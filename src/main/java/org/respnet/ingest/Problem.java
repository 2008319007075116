package org.respnet.ingest;

import org.respnet.ingest.extract.Place;

/**
 * Something the parser could not read, with its place: {@code line} is the 1-based running number
 * (a text file's line), {@code where} the same place in the file's own terms (第12行, 表1第4行).
 * One problem rejects the whole document.
 */
public record Problem(int line, String where, String message) {

    /** A problem on a line of a text file. */
    public Problem(int line, String message) {
        this(line, Place.ofLine(line).where(), message);
    }

    static Problem at(Place place, String message) {
        return new Problem(place.line(), place.where(), message);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
