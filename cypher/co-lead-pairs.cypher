// Question: which pairs of units keep sharing the lead? Every unordered pair of units that co-lead
//   at least one task, with how many tasks and which, most shared first.
// Parameters: $city (null = every city)
// Try it in Neo4j Browser: :param city => null;
MATCH (a:Unit)-[:LEADS]->(t:Task)<-[:LEADS]-(b:Unit)
WHERE a.key < b.key AND ($city IS NULL OR t.city = $city)
WITH a, b, t
ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
WITH a, b, collect(t.id) AS taskIds
RETURN a.name AS a, b.name AS b, size(taskIds) AS tasks, taskIds
ORDER BY tasks DESC, a, b
