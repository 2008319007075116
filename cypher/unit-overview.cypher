CYPHER 25
// 说明：全市单位网络：两个单位承担了几项相同的任务。
// Example parameters: {"city": "随州"}
// Question: when the whole graph is too big to draw, which units work on the same tasks, and on how many?
// Units only: two units are linked when they are named on one task in any role; weight = shared tasks.
// Parameters: $city (null = every city)
// With $city the tasks are found by the city index, not by reading every unit of the store.
CALL () {
  WHEN $city IS NULL THEN
    MATCH (t:Task)
    RETURN t
  ELSE
    MATCH (t:Task {city: $city})
    RETURN t
}
MATCH (a:Unit)-[:LEADS|SUPPORTS]->(t)<-[:LEADS|SUPPORTS]-(b:Unit)
WHERE a.key < b.key
WITH a, b, count(DISTINCT t) AS shared
RETURN 'U:' + a.key AS source, 'U:' + b.key AS target, 'SHARES' AS type, shared
ORDER BY shared DESC, source, target
