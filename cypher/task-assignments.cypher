// 说明：任务的分工（责任领导、牵头单位、责任单位，按通知中的顺序），调整分工和修订前读取。
// Example parameters: {"documentId": null, "ids": ["cc78cbd2ab74-K11"], "unitKey": null}
// Question: who is on these tasks, in the notice's order? The tasks of a document ($documentId), the tasks named
//   ($ids) or the tasks a unit is on ($unitKey: "<scope>/<name>"); pass null (or []) for the others.
// Parameters: $documentId, $ids, $unitKey
CALL () {
  MATCH (d:Document {id: $documentId})-[:HAS_TASK]->(t:Task)
  RETURN t
  UNION
  UNWIND coalesce($ids, []) AS id
  MATCH (t:Task {id: id})
  RETURN t
  UNION
  MATCH (:Unit {key: $unitKey})-[:LEADS|SUPPORTS]->(t:Task)
  RETURN t
}
RETURN t.id AS id, t.documentId AS documentId, t.city AS scope, t.kind AS kind, t.no AS no, t.text AS text,
       properties(t) AS props,
       COLLECT { MATCH (l:Leader)-[r:OVERSEES]->(t) RETURN l.name ORDER BY r.pos } AS leaders,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(t) WITH u, r ORDER BY r.pos
                 RETURN {name: u.name, office: r.office, kind: u.kind} } AS leads,
       COLLECT { MATCH (u:Unit)-[r:SUPPORTS]->(t) WITH u, r ORDER BY r.pos
                 RETURN {name: u.name, office: r.office, kind: u.kind} } AS supports
ORDER BY t.id
