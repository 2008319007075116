// Question: how many tasks of each unit does each leader oversee (a leader × unit heatmap)?
//   One row per non-empty cell: distinct tasks the leader oversees on which the unit is named.
// Parameters: $role ('lead' = tasks the unit leads; 'any' = tasks it leads or is responsible on),
//   $city (null = every city)
// Try it in Neo4j Browser: :param role => 'lead'; :param city => null;
MATCH (l:Leader)-[:OVERSEES]->(t:Task)<-[r:LEADS|SUPPORTS]-(u:Unit)
WHERE ($city IS NULL OR t.city = $city) AND ($role = 'any' OR type(r) = 'LEADS')
RETURN l.key AS leaderKey, l.name AS leader, u.key AS unitKey, u.name AS unit, u.kind AS kind, u.city AS city,
       count(DISTINCT t) AS tasks
ORDER BY leaderKey, unitKey
