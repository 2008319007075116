CYPHER 25
// Set a task's whole assignment: its leaders, lead units and responsible units in order, replacing the links it had
//   (a correction, a reassignment, a revised notice, an undo). Units and leaders are matched by key in the task's
//   scope and created when new; a unit or leader left with no relationship at all (typed in, then taken out again)
//   is deleted, so an undo leaves nothing behind.
// Parameters: $taskId, $scope, $leaders [name], $leads [{name, office, kind}], $supports [{name, office, kind}]
MATCH (t:Task {id: $taskId})
CALL (t) {
  MATCH (t)<-[r:LEADS|SUPPORTS|OVERSEES]-()
  DELETE r
}
CALL (t) {
  UNWIND range(0, size($leaders) - 1) AS i
  MERGE (l:Leader {key: $scope + '/' + $leaders[i]})
    ON CREATE SET l.name = $leaders[i], l.city = $scope
  CREATE (l)-[:OVERSEES {pos: i}]->(t)
}
CALL (t) {
  UNWIND range(0, size($leads) - 1) AS i
  WITH $leads[i] AS u, i
  MERGE (n:Unit {key: $scope + '/' + u.name})
    ON CREATE SET n.name = u.name, n.city = $scope, n.kind = u.kind
  FOREACH (_ IN CASE WHEN n.kind = 'GROUP' THEN [1] ELSE [] END | SET n:Group)
  CREATE (n)-[:LEADS {office: u.office, pos: i}]->(t)
}
CALL (t) {
  UNWIND range(0, size($supports) - 1) AS i
  WITH $supports[i] AS u, i
  MERGE (n:Unit {key: $scope + '/' + u.name})
    ON CREATE SET n.name = u.name, n.city = $scope, n.kind = u.kind
  FOREACH (_ IN CASE WHEN n.kind = 'GROUP' THEN [1] ELSE [] END | SET n:Group)
  CREATE (n)-[:SUPPORTS {office: u.office, pos: i}]->(t)
}
SET t.leadUnitCount = size($leads), t.leaderCount = size($leaders)
WITH t
CALL () {
  MATCH (u:Unit {city: $scope})
  WHERE NOT EXISTS { (u)--() }
  DELETE u
}
CALL () {
  MATCH (l:Leader {city: $scope})
  WHERE NOT EXISTS { (l)--() }
  DELETE l
}
