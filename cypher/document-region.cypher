// Everything a document's removal can take away, read just before it inside the removal's transaction, so the
//   removal's undo can put back exactly what went: the document, what hangs on it and on its tasks (progress
//   entries, targets, units, leaders, report links) and every unit, leader and community of its scope, with all
//   their relationships. Property values keep their type: temporal ones as text with their type, restored as such.
// Parameters: $id (document id)
MATCH (d:Document {id: $id})
WITH d, coalesce(d.scope, d.city, '') AS scope
CALL (d, scope) {
  MATCH (d)-[*0..2]-(n)
  WHERE NOT n:Audit
  RETURN n
  UNION
  MATCH (n:Unit|Leader|Community|Task)
  WHERE n.city = scope
  RETURN n
}
WITH collect(DISTINCT n) AS region
CALL (region) {
  UNWIND region AS n
  MATCH (n)-[r]-()
  RETURN collect(DISTINCT r) AS relationships
}
RETURN
  [n IN region | {ref: elementId(n), labels: labels(n),
    props: [k IN keys(n) | {k: k, t: valueType(n[k]),
      v: CASE WHEN valueType(n[k]) =~ '(DATE|LOCAL|ZONED|DURATION).*' THEN toString(n[k]) ELSE n[k] END}]}] AS nodes,
  [r IN relationships | {ref: elementId(r), type: type(r), from: elementId(startNode(r)), to: elementId(endNode(r)),
    props: [k IN keys(r) | {k: k, t: valueType(r[k]),
      v: CASE WHEN valueType(r[k]) =~ '(DATE|LOCAL|ZONED|DURATION).*' THEN toString(r[k]) ELSE r[k] END}]}]
    AS relationships
