package org.respnet.ingest.extract;

/**
 * A document refused because reading it would cost more than a limit of {@link ExtractionLimits}
 * allows; the message is for the clerk and names the setting.
 */
public class ExtractionLimitException extends UnreadableDocumentException {

    private final String limit;

    ExtractionLimitException(String limit, String message) {
        super(message);
        this.limit = limit;
    }

    /** The setting that was reached, e.g. {@code respnet.import.limits.cells}. */
    public String limit() {
        return limit;
    }
}
