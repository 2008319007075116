package org.respnet.changes;

/** A change that cannot be made as asked; the message says why and what to do, in Chinese (answered 409). */
public class ChangeRefusedException extends RuntimeException {

    public ChangeRefusedException(String message) {
        super(message);
    }
}
