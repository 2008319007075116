CYPHER 25
// 说明：共同牵头的任务一共有多少项，其中多少项要跨领导协调。
// Example parameters: {"city": "随州"}
// Question: how many co-led tasks, co-lead pairs and multi-leader tasks are there in all (the totals
//   beside the pages of /api/conflicts/co-lead)? Counted from indexes and the count store.
// Parameters: $city (null = every city)
CALL () {
  WHEN $city IS NOT NULL THEN
    RETURN COUNT { MATCH (t:Task {city: $city}) WHERE t.leadUnitCount >= 2 } AS totalTasks,
           COUNT { MATCH (:Unit {city: $city})-[:CO_LEADS]->(:Unit) } AS totalPairs,
           COUNT { MATCH (t:Task {city: $city}) WHERE t.leaderCount >= 2 } AS totalMultiLeaderTasks
  ELSE
    RETURN COUNT { MATCH (t:Task) WHERE t.leadUnitCount >= 2 } AS totalTasks,
           COUNT { ()-[:CO_LEADS]->() } AS totalPairs,
           COUNT { MATCH (t:Task) WHERE t.leaderCount >= 2 } AS totalMultiLeaderTasks
}
RETURN totalTasks, totalPairs, totalMultiLeaderTasks
