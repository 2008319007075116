package org.respnet.ingest.extract;

/** The uploaded bytes are not a document RespNet can read; the message says why in plain words. */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
