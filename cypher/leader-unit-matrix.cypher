CYPHER 25
// 说明：每位市领导分管的任务分别落在哪些单位：领导 × 单位 的任务数。
// Example parameters: {"city": "随州", "role": "lead"}
// Question: how many tasks of each unit does each leader oversee (a leader × unit heatmap)?
//   One row per non-empty cell: distinct tasks the leader oversees on which the unit is named.
// Parameters: $role ('lead' = tasks the unit leads; 'any' = tasks it leads or is responsible on),
//   $city (null = every city)
// Try it in Neo4j Browser: :param role => 'lead'; :param city => null;
CALL () {
  WHEN $city IS NOT NULL THEN
    MATCH (t:Task {city: $city}) RETURN t
  ELSE
    MATCH (t:Task) RETURN t
}
MATCH (l:Leader)-[:OVERSEES]->(t)<-[r:LEADS|SUPPORTS]-(u:Unit)
WHERE $role = 'any' OR type(r) = 'LEADS'
RETURN l.key AS leaderKey, l.name AS leader, u.key AS unitKey, u.name AS unit, u.kind AS kind, u.city AS city,
       count(DISTINCT t) AS tasks
ORDER BY leaderKey, unitKey
