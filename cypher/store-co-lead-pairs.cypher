// The single definition of co-lead pairs, materialized for one city as
//   (a:Unit)-[:CO_LEADS {tasks, taskIds}]->(b:Unit), a.key < b.key: two units named together as
//   lead units on `tasks` tasks (taskIds in ledger order). Replaces the city's previous pairs.
//   A task with more than $maxUnits lead units gives no pairs (it would give k² relationships).
// Parameters: $city, $maxUnits
MATCH (a:Unit {city: $city})-[old:CO_LEADS]->(:Unit)
DELETE old
WITH count(*) AS removed
MATCH (t:Task {city: $city})
WHERE t.leadUnitCount >= 2 AND t.leadUnitCount <= $maxUnits
MATCH (a:Unit)-[:LEADS]->(t)<-[:LEADS]-(b:Unit)
WHERE a.key < b.key
WITH a, b, t
ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
WITH a, b, collect(DISTINCT t.id) AS taskIds
CREATE (a)-[:CO_LEADS {tasks: size(taskIds), taskIds: taskIds}]->(b)
