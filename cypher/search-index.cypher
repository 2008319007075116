// 说明：搜索框能找到的全部单位、领导和任务。
// Example parameters: {}
// Question: what can the search box suggest? Every unit, leader and task with what it is matched on.
// No parameters. Weight orders equal matches: a unit's or leader's task count; a task's unit count.
CALL () {
  MATCH (u:Unit)
  RETURN 'U:' + u.key AS id, 'unit' AS type, u.name AS name, u.kind AS kind, u.city AS city,
         COUNT { MATCH (u)-[:LEADS|SUPPORTS]->(t:Task) RETURN DISTINCT t } AS weight, null AS text
  UNION ALL
  MATCH (l:Leader)
  RETURN 'L:' + l.key AS id, 'leader' AS type, l.name AS name, 'LEADER' AS kind, l.city AS city,
         COUNT { (l)-[:OVERSEES]->(:Task) } AS weight, null AS text
  UNION ALL
  MATCH (t:Task)
  RETURN 'T:' + t.id AS id, 'task' AS type, t.no AS name, t.kind AS kind, t.city AS city,
         COUNT { (t)<-[:LEADS|SUPPORTS]-(:Unit) } AS weight, t.text AS text
}
RETURN id, type, name, kind, city, weight, text
