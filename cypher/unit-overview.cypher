// 说明：全市单位网络：两个单位承担了几项相同的任务。
// Example parameters: {"city": "随州"}
// Question: when the whole graph is too big to draw, which units work on the same tasks, and on how many?
// Units only: two units are linked when they are named on one task in any role; weight = shared tasks.
// Parameters: $city (null = every city)
MATCH (a:Unit)-[:LEADS|SUPPORTS]->(t:Task)<-[:LEADS|SUPPORTS]-(b:Unit)
WHERE a.key < b.key AND ($city IS NULL OR t.city = $city)
WITH a, b, count(DISTINCT t) AS shared
RETURN 'U:' + a.key AS source, 'U:' + b.key AS target, 'SHARES' AS type, shared
ORDER BY shared DESC, source, target
