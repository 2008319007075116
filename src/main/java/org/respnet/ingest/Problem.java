package org.respnet.ingest;

/** Something the parser could not read, with the 1-based line it was found on. */
public record Problem(int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
