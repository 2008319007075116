// Question: which units of one city are named on the same task (any role; groups as themselves, not
//   expanded), and on how many tasks? One row per unordered pair; weight = shared tasks.
// Parameters: $city
// Try it in Neo4j Browser: :param city => '随州';
MATCH (t:Task {city: $city})
MATCH (a:Unit)-[:LEADS|SUPPORTS]->(t)<-[:LEADS|SUPPORTS]-(b:Unit)
WHERE a.key < b.key
RETURN a.key AS a, b.key AS b, count(DISTINCT t) AS weight
ORDER BY a, b
