package org.respnet.documents;

import java.util.List;

import org.respnet.ingest.Problem;

/**
 * A document refused because reading it would cost more than a {@code respnet.import.limits.*} setting
 * allows; a preview is refused the same way (422), not shown as an unreadable file.
 */
public class DocumentOverLimitException extends DocumentRejectedException {

    private final String limit;
    private final String message;

    DocumentOverLimitException(String limit, String message) {
        super("upload", List.of(new Problem(1, message)), List.of());
        this.limit = limit;
        this.message = message;
    }

    /** The setting reached, e.g. {@code respnet.import.limits.cells}. */
    public String limit() {
        return limit;
    }

    @Override
    public String detail() {
        return message;
    }
}
