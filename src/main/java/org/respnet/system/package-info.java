/**
 * Cross-cutting set-up: the embedded Neo4j server, the Bolt driver that every other feature
 * uses to reach it (or an external server), and HTTP error mapping.
 */
package org.respnet.system;
