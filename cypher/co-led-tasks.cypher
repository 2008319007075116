CYPHER 25
// Question: which tasks have two or more lead units (so no single owner), who oversees them, and do
//   their lead units normally answer to different leaders?
//   homeLeaders of a lead unit u on task t = the leader(s) overseeing the most of u's OTHER lead
//   tasks (every lead task of u except t; ties keep every leader on top; empty when u leads nothing else).
//   crossLeader = two of t's lead units both have home leaders and the two sets share no leader.
//   Co-led tasks are found by the indexed leadUnitCount the importer stores; the page is cut first, so
//   the home-leader subquery runs for the page's tasks only.
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
    MATCH (t:Task)
    WHERE t.leadUnitCount >= 2
    RETURN t
    ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
    SKIP $offset LIMIT $limit
}
CALL (t) {
  MATCH (u:Unit)-[r:LEADS]->(t)
  OPTIONAL CALL (u, t) {
    MATCH (u)-[:LEADS]->(other:Task)<-[:OVERSEES]-(l:Leader)
    WHERE other <> t
    RETURN l.name AS leader, count(DISTINCT other) AS tasks
  }
  WITH u, r, leader, tasks
  ORDER BY r.pos, tasks DESC, leader
  WITH u, r, collect(CASE WHEN leader IS NOT NULL THEN {leader: leader, tasks: tasks} END) AS counts
  RETURN collect({unit: u.name, homeLeaders: [c IN counts WHERE c.tasks = counts[0].tasks | c.leader]}) AS homes
}
WITH t, homes, [h IN homes WHERE size(h.homeLeaders) > 0 | h.homeLeaders] AS known
RETURN t.id AS id,
       t.no AS no,
       t.kind AS kind,
       split(t.text, '。')[0] AS title,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(t) RETURN u.name ORDER BY r.pos } AS leadUnits,
       COLLECT { MATCH (l:Leader)-[r:OVERSEES]->(t) RETURN l.name ORDER BY r.pos } AS leaders,
       any(i IN range(0, size(known) - 1) WHERE
           any(j IN range(i + 1, size(known) - 1) WHERE none(x IN known[i] WHERE x IN known[j]))) AS crossLeader,
       homes AS leadUnitHomeLeaders
ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
