// 说明：每项任务写了哪些单位（计算单位协作网络用）。
// Example parameters: {"city": "随州", "maxUnits": 40}
// Question: which units does each task of one city name (any role; groups as themselves, not expanded)?
//   One row per task naming 2 to $maxUnits units; the co-assignment links are counted from these lists in
//   Java (NetworkFigures), so a task naming k units costs k²/2 pair counts in memory there, never k² rows
//   here. Tasks naming more than $maxUnits units add no links (respnet.figures.max-units-per-task).
// Parameters: $city, $maxUnits
// Try it in Neo4j Browser: :param city => '随州'; :param maxUnits => 200;
MATCH (t:Task {city: $city})
WITH t, COUNT { (t)<-[:LEADS|SUPPORTS]-(:Unit) } AS named
WHERE named >= 2 AND named <= $maxUnits
MATCH (u:Unit)-[:LEADS|SUPPORTS]->(t)
WITH t, collect(DISTINCT u.key) AS units
RETURN units
ORDER BY t.id
