// 说明：一个城市的关系图要画哪些节点，每个节点需要多大地方（计算保存位置用）。
// Example parameters: {"city": "随州"}
// Question: which nodes of one city does the explorer draw, and how much room does each need (for the stored layout)?
// Parameters: $city. Node ids: 'U:' + unit key, 'L:' + leader key, 'T:' + task id.
CALL () {
  MATCH (u:Unit) WHERE u.city = $city
  RETURN 'U:' + u.key AS id, 'unit' AS type, u.name AS name, u:Group AS isGroup,
         COUNT { MATCH (u)-[:LEADS|SUPPORTS]->(t:Task) RETURN DISTINCT t } AS total
  UNION ALL
  MATCH (l:Leader) WHERE l.city = $city
  RETURN 'L:' + l.key AS id, 'leader' AS type, l.name AS name, false AS isGroup, COUNT { (l)-[:OVERSEES]->(:Task) } AS total
  UNION ALL
  MATCH (t:Task) WHERE t.city = $city
  RETURN 'T:' + t.id AS id, 'task' AS type, t.no AS name, false AS isGroup, 0 AS total
}
RETURN id, type, name, isGroup, total
ORDER BY id
