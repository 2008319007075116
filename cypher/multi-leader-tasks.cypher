CYPHER 25
// 说明：哪些任务写了两位或以上责任领导。
// Example parameters: {"city": "随州", "offset": 0, "limit": 10}
// Question: which tasks name two or more responsible leaders (责任领导)?
//   Found by the indexed leaderCount the importer stores; one page.
// Parameters: $city (null = every city), $offset, $limit
// Try it in Neo4j Browser: :param city => null; :param offset => 0; :param limit => 100;
CALL () {
  WHEN $city IS NOT NULL THEN
    MATCH (t:Task {city: $city})
    WHERE t.leaderCount >= 2
    RETURN t
    ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
    SKIP $offset LIMIT $limit
  ELSE
    // read in the order of the documentId index and stop after the page, instead of sorting every co-led task
    MATCH (t:Task)
    USING INDEX t:Task(documentId)
    WHERE t.documentId IS NOT NULL AND t.leaderCount >= 2
    RETURN t
    ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
    SKIP $offset LIMIT $limit
}
RETURN t.id AS id,
       t.no AS no,
       t.kind AS kind,
       split(t.text, '。')[0] AS title,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(t) RETURN u.name ORDER BY r.pos } AS leadUnits,
       COLLECT { MATCH (l:Leader)-[r:OVERSEES]->(t) RETURN l.name ORDER BY r.pos } AS leaders
ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
