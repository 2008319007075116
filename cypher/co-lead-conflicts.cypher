CYPHER 25
// 说明：没有单一责任主体的任务：共同牵头的任务、最常一起牵头的单位、写了多位责任领导的任务，以及各有多少。
// Example parameters: {"city": "随州", "offset": 0, "limit": 10}
// Question: which tasks have no single owner? One page each of (1) tasks with two or more lead units, who
//   oversees them and whether their lead units normally answer to different leaders (homeLeaders and
//   crossLeader are stored per city by store-co-led-tasks.cypher), (2) the unit pairs that keep sharing the
//   lead (the stored CO_LEADS pairs, most shared first), (3) tasks naming two or more responsible leaders;
//   and how many of each there are in all. One query, one round trip: co-led and multi-leader tasks are found
//   by the indexed leadUnitCount / leaderCount the importer stores, across cities read in the order of the
//   documentId index and cut at the page, pairs in the order of the CO_LEADS.tasks index; totals come from
//   the indexes and the count store.
// Parameters: $city (null = every city), $offset, $limit
// Try it in Neo4j Browser: :param city => null; :param offset => 0; :param limit => 100;
CALL () {
  CALL () {
    WHEN $city IS NOT NULL THEN
      MATCH (t:Task {city: $city})
      WHERE t.leadUnitCount >= 2
      RETURN t
      ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
      SKIP $offset LIMIT $limit
    ELSE
      MATCH (t:Task)
      USING INDEX t:Task(documentId)
      WHERE t.documentId IS NOT NULL AND t.leadUnitCount >= 2
      RETURN t
      ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
      SKIP $offset LIMIT $limit
  }
  WITH t ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
  RETURN collect({
    id: t.id, no: t.no, kind: t.kind, title: split(t.text, '。')[0],
    leadUnits: COLLECT { MATCH (u:Unit)-[r:LEADS]->(t) RETURN u.name ORDER BY r.pos },
    leaders: COLLECT { MATCH (l:Leader)-[r:OVERSEES]->(t) RETURN l.name ORDER BY r.pos },
    crossLeader: coalesce(t.crossLeader, false),
    leadUnitHomeLeaders: [h IN coalesce(t.leadUnitHomeLeaders, []) |
                          {unit: split(h, '\u001F')[0], homeLeaders: split(h, '\u001F')[1..]}]}) AS tasks
}
CALL () {
  CALL () {
    WHEN $city IS NOT NULL THEN
      MATCH (a:Unit {city: $city})-[p:CO_LEADS]->(b:Unit)
      RETURN a, p, b
      ORDER BY p.tasks DESC, a.name, b.name
      SKIP $offset LIMIT $limit
    ELSE
      MATCH (a:Unit)-[p:CO_LEADS]->(b:Unit)
      WHERE p.tasks IS NOT NULL
      RETURN a, p, b
      ORDER BY p.tasks DESC, a.name, b.name
      SKIP $offset LIMIT $limit
  }
  WITH a, p, b ORDER BY p.tasks DESC, a.name, b.name
  RETURN collect({a: a.name, b: b.name, tasks: p.tasks, taskIds: p.taskIds}) AS pairs
}
CALL () {
  CALL () {
    WHEN $city IS NOT NULL THEN
      MATCH (t:Task {city: $city})
      WHERE t.leaderCount >= 2
      RETURN t
      ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
      SKIP $offset LIMIT $limit
    ELSE
      MATCH (t:Task)
      USING INDEX t:Task(documentId)
      WHERE t.documentId IS NOT NULL AND t.leaderCount >= 2
      RETURN t
      ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
      SKIP $offset LIMIT $limit
  }
  WITH t ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
  RETURN collect({
    id: t.id, no: t.no, kind: t.kind, title: split(t.text, '。')[0],
    leadUnits: COLLECT { MATCH (u:Unit)-[r:LEADS]->(t) RETURN u.name ORDER BY r.pos },
    leaders: COLLECT { MATCH (l:Leader)-[r:OVERSEES]->(t) RETURN l.name ORDER BY r.pos }}) AS multiLeaderTasks
}
CALL () {
  WHEN $city IS NOT NULL THEN
    RETURN COUNT { MATCH (t:Task {city: $city}) WHERE t.leadUnitCount >= 2 } AS totalTasks,
           COUNT { MATCH (:Unit {city: $city})-[:CO_LEADS]->(:Unit) } AS totalPairs,
           COUNT { MATCH (t:Task {city: $city}) WHERE t.leaderCount >= 2 } AS totalMultiLeaderTasks
  ELSE
    RETURN COUNT { MATCH (t:Task) WHERE t.leadUnitCount >= 2 } AS totalTasks,
           COUNT { ()-[:CO_LEADS]->() } AS totalPairs,
           COUNT { MATCH (t:Task) WHERE t.leaderCount >= 2 } AS totalMultiLeaderTasks
}
RETURN tasks, pairs, totalPairs, multiLeaderTasks, totalTasks, totalMultiLeaderTasks
