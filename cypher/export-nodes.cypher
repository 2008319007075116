// 说明：导出整张图时的全部节点（GEXF、GraphML 用）。
// Example parameters: {}
// Question: what are the nodes of the exported graph? Every task, leader and unit with the
//   attributes a Gephi user colours and sizes by. id is prefixed by type so ids never collide.
// Parameters: none
MATCH (t:Task)
RETURN 'task:' + t.id AS id, 'task' AS type, t.no AS label, t.kind AS kind, t.city AS city,
       {no: t.no, text: t.text, section: coalesce(t.section, ''),
        leadUnits: COUNT { (t)<-[:LEADS]-(:Unit) }, units: COUNT { (t)<-[:LEADS|SUPPORTS]-(:Unit) },
        leaders: COUNT { (t)<-[:OVERSEES]-(:Leader) }} AS attributes
UNION ALL
MATCH (l:Leader)
RETURN 'leader:' + l.key AS id, 'leader' AS type, l.name AS label, 'leader' AS kind, l.city AS city,
       {tasks: COUNT { (l)-[:OVERSEES]->(:Task) }} AS attributes
UNION ALL
MATCH (u:Unit)
RETURN 'unit:' + u.key AS id, 'unit' AS type, u.name AS label, u.kind AS kind, u.city AS city,
       {lead: size(COLLECT { MATCH (u)-[:LEADS]->(t:Task) RETURN DISTINCT t }),
        total: size(COLLECT { MATCH (u)-[:LEADS|SUPPORTS]->(t:Task) RETURN DISTINCT t }),
        leaders: size(COLLECT { MATCH (u)-[:LEADS|SUPPORTS]->(:Task)<-[:OVERSEES]-(l:Leader) RETURN DISTINCT l }),
        betweenness: coalesce(u.betweenness, 0.0), degree: coalesce(u.degree, 0),
        weightedDegree: coalesce(u.weightedDegree, 0), community: coalesce(u.community, 0)} AS attributes
