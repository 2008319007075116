// 说明：通知里哪些任务在政府工作报告中找不到出处（通知新增的）。
// Example parameters: {"document": "8c32a03e97e1"}
// Question: which tasks of the notices of a report's city and year trace to none of its passages (added by
//   the notice, not in the report)? Parameters: $document (report id)
MATCH (r:Document {id: $document})
MATCH (n:Document {kind: 'NOTICE', city: r.city, year: r.year})-[:HAS_TASK]->(t:Task)
WHERE NOT EXISTS { (t)-[:FROM]->(:Passage {documentId: r.id}) }
RETURN t.id AS id, t.no AS no, t.kind AS kind, t.text AS text, t.item AS item,
       COLLECT { MATCH (u:Unit)-[x:LEADS]->(t) RETURN u.name ORDER BY x.pos } AS leadUnits
ORDER BY t.kind, toIntegerOrNull(t.no), t.no
