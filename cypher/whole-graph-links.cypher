// 说明：整张责任网络的全部连线：领导分管、单位牵头或负责、单位组包括成员。
// Example parameters: {"city": "随州"}
// Question: every link of the responsibility graph (leaders oversee, units lead or support tasks, groups hold members).
// Parameters: $city (null = every city). Node ids: 'U:' + unit key, 'L:' + leader key, 'T:' + task id.
MATCH (a)-[r:LEADS|SUPPORTS|OVERSEES|HAS_MEMBER]->(b)
WHERE $city IS NULL OR a.city = $city
RETURN CASE WHEN a:Leader THEN 'L:' + a.key ELSE 'U:' + a.key END AS source,
       CASE WHEN b:Task THEN 'T:' + b.id ELSE 'U:' + b.key END AS target,
       type(r) AS type
ORDER BY source, target
