// 说明：关系探索画哪些节点：名称、类别、任务数和保存的位置。
// Example parameters: {"units": ["随州/市发改委"], "leaders": [], "tasks": [], "overview": false, "city": null}
// Question: what does the explorer draw for these nodes: name, kind, the figures for size and colour,
//   and the leaders above each (a task's leaders; a leader names itself) for the leader filter?
// Parameters: $units (unit keys; null = every unit), $leaders (leader keys; null = every leader),
//   $tasks (task ids; null = every task). An empty list selects none of that type;
//   $overview (true: units at their place in the units-only overview, ux/uy; false: in the whole city, x/y),
//   $city (a notice's scope; null = every scope).
// Positions are stored by explore/StoredLayout after each import; null until then.
CALL () {
  MATCH (u:Unit) WHERE ($units IS NULL OR u.key IN $units) AND ($city IS NULL OR u.city = $city)
  RETURN 'U:' + u.key AS id, 'unit' AS type, u.name AS name, u.kind AS kind, u.city AS city,
         COUNT { (u)-[:LEADS]->(:Task) } AS lead,
         COUNT { MATCH (u)-[:LEADS|SUPPORTS]->(t:Task) RETURN DISTINCT t } AS total,
         COUNT { MATCH (u)-[:LEADS|SUPPORTS]->(:Task)<-[:OVERSEES]-(l:Leader) RETURN DISTINCT l } AS leaders,
         u:Group AS isGroup, null AS no, null AS sectionNo, null AS text, false AS coLed, [] AS leaderNames,
         CASE WHEN $overview THEN u.ux ELSE u.x END AS x, CASE WHEN $overview THEN u.uy ELSE u.y END AS y
  UNION ALL
  MATCH (l:Leader) WHERE ($leaders IS NULL OR l.key IN $leaders) AND ($city IS NULL OR l.city = $city)
  RETURN 'L:' + l.key AS id, 'leader' AS type, l.name AS name, 'LEADER' AS kind, l.city AS city,
         0 AS lead, COUNT { (l)-[:OVERSEES]->(:Task) } AS total, 0 AS leaders,
         false AS isGroup, null AS no, null AS sectionNo, null AS text, false AS coLed, [l.name] AS leaderNames,
         l.x AS x, l.y AS y
  UNION ALL
  MATCH (t:Task) WHERE ($tasks IS NULL OR t.id IN $tasks) AND ($city IS NULL OR t.city = $city)
  RETURN 'T:' + t.id AS id, 'task' AS type, t.no AS name, t.kind AS kind, t.city AS city,
         COUNT { (t)<-[:LEADS]-(:Unit) } AS lead, COUNT { (t)<-[:LEADS|SUPPORTS]-(:Unit) } AS total,
         COUNT { (t)<-[:OVERSEES]-(:Leader) } AS leaders,
         false AS isGroup, t.no AS no, t.sectionNo AS sectionNo, t.text AS text,
         COUNT { (t)<-[:LEADS]-(:Unit) } >= 2 AS coLed,
         COLLECT { MATCH (l:Leader)-[r:OVERSEES]->(t) RETURN l.name ORDER BY r.pos } AS leaderNames,
         t.x AS x, t.y AS y
}
RETURN id, type, name, kind, city, lead, total, leaders, isGroup, no, sectionNo, text, coLed, leaderNames, x, y
ORDER BY id
