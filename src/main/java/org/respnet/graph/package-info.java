/**
 * The graph: schema, the named Cypher queries in {@code cypher/}, and the importer that writes a
 * parsed document into Neo4j in one transaction. Knows nothing of text; reaches Neo4j only
 * through the Bolt driver.
 */
package org.respnet.graph;
