CYPHER 25
// 说明：哪两个单位最常一起牵头：按共同牵头的任务数从多到少。
// Example parameters: {"city": "随州", "offset": 0, "limit": 10}
// Question: which pairs of units keep sharing the lead? The materialized co-lead pairs
//   (store-co-lead-pairs.cypher), most shared first, one page. Across cities the pairs are read in
//   the order of the relationship index on CO_LEADS.tasks.
// Parameters: $city (null = every city), $offset, $limit
// Try it in Neo4j Browser: :param city => null; :param offset => 0; :param limit => 100;
CALL () {
  WHEN $city IS NOT NULL THEN
    MATCH (a:Unit {city: $city})-[p:CO_LEADS]->(b:Unit)
    RETURN a, p, b
    ORDER BY p.tasks DESC, a.name, b.name
    SKIP $offset LIMIT $limit
  ELSE
    MATCH (a:Unit)-[p:CO_LEADS]->(b:Unit)
    WHERE p.tasks IS NOT NULL
    RETURN a, p, b
    ORDER BY p.tasks DESC, a.name, b.name
    SKIP $offset LIMIT $limit
}
RETURN a.name AS a, b.name AS b, p.tasks AS tasks, p.taskIds AS taskIds
