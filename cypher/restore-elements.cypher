// Put back the nodes and relationships a removal took away (the undo of a removal), as removal-region read them:
//   each node with its labels and typed properties; each relationship between restored nodes (by their old element
//   id) or nodes that stayed (by their element id, unchanged). Fails, and so restores nothing, if an end is missing.
// Parameters: $nodes [{ref, labels, props: [{k, t, v}]}], $relationships [{ref, type, from, to, props}]
CALL () {
  UNWIND $nodes AS node
  CREATE (n)
  SET n:$(node.labels)
  WITH n, node
  CALL (n, node) {
    UNWIND node.props AS p
    SET n[p.k] = CASE
      WHEN p.t STARTS WITH 'DATE' THEN date(p.v)
      WHEN p.t STARTS WITH 'ZONED DATETIME' THEN datetime(p.v)
      WHEN p.t STARTS WITH 'LOCAL DATETIME' THEN localdatetime(p.v)
      WHEN p.t STARTS WITH 'ZONED TIME' THEN time(p.v)
      WHEN p.t STARTS WITH 'LOCAL TIME' THEN localtime(p.v)
      WHEN p.t STARTS WITH 'DURATION' THEN duration(p.v)
      ELSE p.v END
  }
  RETURN collect({ref: node.ref, node: n}) AS created
}
UNWIND $relationships AS rel
WITH rel, [c IN created WHERE c.ref = rel.from | c.node][0] AS newFrom,
     [c IN created WHERE c.ref = rel.to | c.node][0] AS newTo
OPTIONAL MATCH (oldFrom) WHERE newFrom IS NULL AND elementId(oldFrom) = rel.from
OPTIONAL MATCH (oldTo) WHERE newTo IS NULL AND elementId(oldTo) = rel.to
WITH rel, coalesce(newFrom, oldFrom) AS a, coalesce(newTo, oldTo) AS b
CALL (rel, a, b) {
  CREATE (a)-[r:$(rel.type)]->(b)
  WITH r
  UNWIND rel.props AS p
  SET r[p.k] = CASE
    WHEN p.t STARTS WITH 'DATE' THEN date(p.v)
    WHEN p.t STARTS WITH 'ZONED DATETIME' THEN datetime(p.v)
    WHEN p.t STARTS WITH 'LOCAL DATETIME' THEN localdatetime(p.v)
    WHEN p.t STARTS WITH 'ZONED TIME' THEN time(p.v)
    WHEN p.t STARTS WITH 'LOCAL TIME' THEN localtime(p.v)
    WHEN p.t STARTS WITH 'DURATION' THEN duration(p.v)
    ELSE p.v END
}
