package org.respnet.documents;

import java.util.List;

import org.respnet.ingest.Problem;

/** A document that cannot be imported, with every problem found; nothing was written. */
public class DocumentRejectedException extends RuntimeException {

    private final List<Problem> problems;

    public DocumentRejectedException(String source, List<Problem> problems) {
        super(source + " rejected: " + problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
