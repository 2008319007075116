// 说明：导出整张图时的全部连线（GEXF、GraphML 用）。
// Example parameters: {}
// Question: what are the edges of the exported graph? Leaders oversee tasks, units lead or support
//   tasks, groups have members; source and target use the ids of export-nodes.cypher.
// Parameters: none
MATCH (l:Leader)-[:OVERSEES]->(t:Task)
RETURN 'leader:' + l.key AS source, 'task:' + t.id AS target, 'OVERSEES' AS type, null AS office
UNION ALL
MATCH (u:Unit)-[r:LEADS|SUPPORTS]->(t:Task)
RETURN 'unit:' + u.key AS source, 'task:' + t.id AS target, type(r) AS type, r.office AS office
UNION ALL
MATCH (g:Group)-[:HAS_MEMBER]->(m:Unit)
RETURN 'unit:' + g.key AS source, 'unit:' + m.key AS target, 'HAS_MEMBER' AS type, null AS office
