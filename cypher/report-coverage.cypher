// 说明：政府工作报告的每一段由哪些任务落实，各由哪些单位牵头和负责。
// Example parameters: {"document": "8c32a03e97e1"}
// Question: for each passage of a work report, which tasks decompose it (with their lead and responsible
//   units), so coverage, the uncovered commitments and the 报告对照 page can be built?
// Parameters: $document (report id)
MATCH (:Document {id: $document})-[:HAS_PASSAGE]->(p:Passage)
RETURN p.no AS no, p.paragraph AS paragraph, p.part AS part, p.section AS section, p.text AS text,
       p.planning AS planning, p.heading AS heading, p.commitment AS commitment,
       COLLECT { MATCH (t:Task)-[f:FROM]->(p)
                 RETURN {id: t.id, no: t.no, kind: t.kind, text: t.text, score: f.score, method: f.method,
                         leadUnits: COLLECT { MATCH (u:Unit)-[r:LEADS]->(t) RETURN u.name ORDER BY r.pos },
                         responsibleUnits: COLLECT { MATCH (u:Unit)-[r:SUPPORTS]->(t) RETURN u.name ORDER BY r.pos }}
                 ORDER BY t.kind, toIntegerOrNull(t.no), t.no } AS tasks
ORDER BY p.no
