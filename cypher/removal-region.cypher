// Everything a removal can take away, read before it inside its transaction, so its undo can put back exactly what
//   went: for a document, the document, what hangs on it and on its tasks (progress entries, targets, units,
//   leaders, report links) and every unit, leader and community of its scope; for tasks (a revision's), the tasks and
//   what they link to. With all their relationships; property values keep their type (temporal ones as text with
//   their type, restored as such).
// Parameters: $document (document id, or null), $tasks (task ids, or [])
CALL () {
  MATCH (d:Document {id: $document})
  MATCH (d)-[*0..2]-(n)
  WHERE NOT n:Audit
  RETURN n
  UNION
  MATCH (d:Document {id: $document})
  MATCH (n:Unit|Leader|Community|Task)
  WHERE n.city = coalesce(d.scope, d.city, '')
  RETURN n
  UNION
  MATCH (t:Task)-[*0..1]-(n)
  WHERE t.id IN $tasks AND NOT n:Audit
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
