CYPHER 25
// 说明：一个单位的全部任务：牵头的、责任的、经所属单位组承担的。
// Example parameters: {"name": "市发改委", "city": "随州"}
// Question: what is on one unit's desk: its tasks by role, the leaders above them, its groups and members?
// Parameters: $name, $city (null = any city)
CALL () {
  WHEN $city IS NOT NULL THEN
    // unit keys are "<city>/<name>" (ImportPlan), unique
    MATCH (u:Unit {key: $city + '/' + $name}) RETURN u
  ELSE
    MATCH (u:Unit {name: $name}) RETURN u
}
WITH u
RETURN u.name AS name,
       u.kind AS kind,
       u.city AS city,
       COLLECT { MATCH (g:Group)-[:HAS_MEMBER]->(u) RETURN g.name ORDER BY g.name } AS groups,
       COLLECT { MATCH (u)-[:HAS_MEMBER]->(m:Unit) RETURN m.name ORDER BY m.name } AS members,
       COLLECT { MATCH (u)-[r:LEADS]->(t:Task)
                 RETURN t {.id, .no, .kind, .text, .sectionNo, office: r.office}
                 ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no } AS leadTasks,
       COLLECT { MATCH (u)-[r:SUPPORTS]->(t:Task) WHERE NOT (u)-[:LEADS]->(t)
                 RETURN t {.id, .no, .kind, .text, .sectionNo, office: r.office}
                 ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no } AS responsibleTasks,
       COLLECT { MATCH (g:Group)-[:HAS_MEMBER]->(u) MATCH (g)-[:LEADS|SUPPORTS]->(t:Task)
                 WHERE NOT (u)-[:LEADS|SUPPORTS]->(t)
                 WITH t, collect(g.name) AS via
                 RETURN t {.id, .no, .kind, .text, .sectionNo, via: via}
                 ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no } AS groupTasks,
       COLLECT { MATCH (u)-[:LEADS|SUPPORTS]->(t:Task)<-[:OVERSEES]-(l:Leader)
                 WITH l, count(DISTINCT t) AS tasks
                 RETURN {name: l.name, tasks: tasks} ORDER BY tasks DESC, l.name } AS leaders,
       COLLECT { MATCH (u)-[r:LEADS|SUPPORTS]->(t:Task)-[:HAS_TARGET]->(g:Target)
                 RETURN g {.metric, .change, .value, .upper, .unit, .comparator, .phrase, taskId: t.id, no: t.no,
                           kind: t.kind, role: type(r)}
                 ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no, g.pos } AS targets
