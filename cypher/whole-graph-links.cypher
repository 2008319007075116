CYPHER 25
// 说明：整张责任网络的全部连线：领导分管、单位牵头或负责、单位组包括成员。
// Example parameters: {"city": "随州"}
// Question: every link of the responsibility graph (leaders oversee, units lead or support tasks, groups hold members).
// Parameters: $city (null = every city). Node ids: 'U:' + unit key, 'L:' + leader key, 'T:' + task id.
// With $city every link starts at one of that city's units or leaders, found by the city indexes, never by
//   reading the whole store.
CALL () {
  WHEN $city IS NULL THEN
    MATCH (a)-[r:LEADS|SUPPORTS|OVERSEES|HAS_MEMBER]->(b)
    RETURN a, r, b
  ELSE
    CALL () {
      MATCH (a:Unit {city: $city})-[r:LEADS|SUPPORTS|HAS_MEMBER]->(b)
      RETURN a, r, b
      UNION ALL
      MATCH (a:Leader {city: $city})-[r:OVERSEES]->(b)
      RETURN a, r, b
    }
    RETURN a, r, b
}
RETURN CASE WHEN a:Leader THEN 'L:' + a.key ELSE 'U:' + a.key END AS source,
       CASE WHEN b:Task THEN 'T:' + b.id ELSE 'U:' + b.key END AS target,
       type(r) AS type
ORDER BY source, target
