// 说明：哪些单位被写进了同一项任务，共同任务有几项（单位协作网络的连线）。
// Example parameters: {"city": "随州"}
// Question: which units of one city are named on the same task (any role; groups as themselves, not
//   expanded), and on how many tasks? One row per unordered pair; weight = shared tasks.
// Parameters: $city
// Try it in Neo4j Browser: :param city => '随州';
MATCH (t:Task {city: $city})
MATCH (a:Unit)-[:LEADS|SUPPORTS]->(t)<-[:LEADS|SUPPORTS]-(b:Unit)
WHERE a.key < b.key
RETURN a.key AS a, b.key AS b, count(DISTINCT t) AS weight
ORDER BY a, b
