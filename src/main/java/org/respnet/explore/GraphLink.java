package org.respnet.explore;

/** A link between two explorer nodes: OVERSEES, LEADS, SUPPORTS, HAS_MEMBER, or SHARES (units on the same tasks, {@code weight} of them). */
public record GraphLink(String source, String target, String type, long weight) {
}
