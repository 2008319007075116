/**
 * The store: the schema and the named Cypher queries of {@code cypher/} (one file per question,
 * a constant and a parameter record each), run through the Bolt driver so the embedded server
 * and an external server or cluster run the same code; bulk writes ({@link org.respnet.graph.GraphWrites}) go
 * in-process on the embedded server. Every feature reads the graph through here.
 */
package org.respnet.graph;
