CYPHER 25
// 说明：哪些任务有两个或以上牵头单位，各由哪位领导分管。
// Example parameters: {"city": "随州", "offset": 0, "limit": 10}
// Question: which tasks have two or more lead units (so no single owner), who oversees them, and do
//   their lead units normally answer to different leaders? homeLeaders and crossLeader are defined and
//   stored per city by store-co-led-tasks.cypher; this reads them.
//   Co-led tasks are found by the indexed leadUnitCount the importer stores; the page is cut first.
// Parameters: $city (null = every city), $offset, $limit
// Try it in Neo4j Browser: :param city => null; :param offset => 0; :param limit => 100;
CALL () {
  WHEN $city IS NOT NULL THEN
    MATCH (t:Task {city: $city})
    WHERE t.leadUnitCount >= 2
    RETURN t
    ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
    SKIP $offset LIMIT $limit
  ELSE
    // read in the order of the documentId index and stop after the page, instead of sorting every co-led task
    MATCH (t:Task)
    USING INDEX t:Task(documentId)
    WHERE t.documentId IS NOT NULL AND t.leadUnitCount >= 2
    RETURN t
    ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
    SKIP $offset LIMIT $limit
}
RETURN t.id AS id,
       t.no AS no,
       t.kind AS kind,
       split(t.text, '。')[0] AS title,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(t) RETURN u.name ORDER BY r.pos } AS leadUnits,
       COLLECT { MATCH (l:Leader)-[r:OVERSEES]->(t) RETURN l.name ORDER BY r.pos } AS leaders,
       coalesce(t.crossLeader, false) AS crossLeader,
       [h IN coalesce(t.leadUnitHomeLeaders, []) | {unit: split(h, '\u001F')[0], homeLeaders: split(h, '\u001F')[1..]}]
         AS leadUnitHomeLeaders
ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
