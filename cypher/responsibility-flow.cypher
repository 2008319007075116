CYPHER 25
// 说明：任务从责任领导流向牵头单位、再流向责任单位：每条连线是几项任务；可只看一位领导或一个单位。
// Example parameters: {"city": "随州", "leader": null, "unit": null}
// Question: how do tasks flow from leaders to lead units to responsible units (a Sankey)?
//   stage 'leader': leader → lead unit, distinct tasks the leader oversees and the unit leads (the cells of
//     leader-unit-matrix.cypher with role 'lead');
//   stage 'lead': lead unit → responsible unit, distinct tasks the one leads and the other is responsible on
//     without leading (the 'responsible' role of tasks.cypher and the workload).
//   $leader keeps the tasks that leader oversees. $unit keeps the paths through that unit: on the tasks it
//   leads, leader → it → responsible units; on the tasks it is responsible on, leader → lead unit → it.
// Parameters (null = no filter): $city, $leader (a name), $unit (a name)
CALL () {
  WHEN $leader IS NOT NULL AND $city IS NOT NULL THEN
    MATCH (:Leader {key: $city + '/' + $leader})-[:OVERSEES]->(t:Task) RETURN t
  WHEN $unit IS NOT NULL AND $city IS NOT NULL THEN
    MATCH (:Unit {key: $city + '/' + $unit})-[:LEADS|SUPPORTS]->(t:Task) RETURN DISTINCT t
  WHEN $city IS NOT NULL THEN
    MATCH (t:Task {city: $city}) RETURN t
  ELSE
    MATCH (t:Task) RETURN t
}
WITH t
WHERE ($city IS NULL OR t.city = $city)
  AND ($leader IS NULL OR EXISTS { (t)<-[:OVERSEES]-(:Leader {name: $leader}) })
CALL (t) {
  MATCH (l:Leader)-[:OVERSEES]->(t)<-[:LEADS]-(a:Unit)
  WHERE ($leader IS NULL OR l.name = $leader)
    AND ($unit IS NULL OR a.name = $unit
         OR EXISTS { MATCH (t)<-[:SUPPORTS]-(u:Unit {name: $unit}) WHERE NOT EXISTS { (t)<-[:LEADS]-(u) } })
  RETURN 'leader' AS stage, l.name AS source, a.name AS target
  UNION ALL
  MATCH (a:Unit)-[:LEADS]->(t)<-[:SUPPORTS]-(b:Unit)
  WHERE NOT EXISTS { (t)<-[:LEADS]-(b) } AND ($unit IS NULL OR a.name = $unit OR b.name = $unit)
  RETURN 'lead' AS stage, a.name AS source, b.name AS target
}
RETURN stage, source, target, count(DISTINCT t) AS tasks
ORDER BY stage DESC, tasks DESC, source, target
