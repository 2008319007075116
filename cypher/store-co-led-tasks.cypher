// The single definition of what a co-led task reports about its lead units, computed for one city and
// stored on each co-led :Task (co-led-tasks.cypher only reads it):
//   homeLeaders of a lead unit u on task t = the leader(s) overseeing the most of u's OTHER lead
//   tasks (every lead task of u except t; ties keep every leader on top; empty when u leads nothing else).
//   crossLeader = two of t's lead units both have home leaders and the two sets share no leader.
// Stored as t.crossLeader and t.leadUnitHomeLeaders: one string per lead unit, in the notice's order,
// "unit␟leader␟leader…" (␟ = U+001F), since a property cannot hold a list of maps.
// A task with more than $maxUnits lead units is stored with no home leaders and crossLeader false (its
// pairwise comparison would cost k² in one expression).
// Parameters: $city, $maxUnits
MATCH (t:Task {city: $city})
WHERE t.leadUnitCount >= 2
CALL (t) {
  MATCH (u:Unit)-[r:LEADS]->(t)
  WHERE t.leadUnitCount <= $maxUnits
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
SET t.crossLeader = any(i IN range(0, size(known) - 1) WHERE
                        any(j IN range(i + 1, size(known) - 1) WHERE none(x IN known[i] WHERE x IN known[j]))),
    t.leadUnitHomeLeaders = [h IN homes | reduce(s = h.unit, l IN h.homeLeaders | s + '\u001F' + l)]
