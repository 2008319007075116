/**
 * The graph explorer: a node's neighbourhood, the city overview, search by name, abbreviation or
 * pinyin initials, and whole-graph export (GEXF, GraphML) for Gephi, yEd or Cytoscape.
 */
package org.respnet.explore;
