package org.respnet.graph;

/** A unit, leader, task or document name that the graph does not hold. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String name) {
        super(what + " \"" + name + "\" not found");
    }
}
