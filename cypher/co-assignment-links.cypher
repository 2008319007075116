// Question: which units are named on the same task (any role; groups as themselves, not expanded),
//   and on how many tasks? One row per unordered pair; weight = shared tasks. No parameters.
MATCH (a:Unit)-[:LEADS|SUPPORTS]->(t:Task)<-[:LEADS|SUPPORTS]-(b:Unit)
WHERE a.key < b.key
RETURN a.key AS a, b.key AS b, count(DISTINCT t) AS weight
ORDER BY a, b
