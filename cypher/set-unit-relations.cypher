CYPHER 25
// Give a unit of a scope exactly these group memberships, members and progress reports (by progress hash): the part
//   of undoing a merge that task assignments do not restore. The unit must exist (an undo's assignments recreate it).
// Parameters: $scope, $name, $groups [group names], $members [member names], $progress [progress hashes]
MATCH (u:Unit {key: $scope + '/' + $name})
CALL (u) {
  MATCH (u)-[r:HAS_MEMBER|REPORTED]-()
  DELETE r
}
CALL (u) {
  UNWIND $groups AS name
  MATCH (g:Unit {key: $scope + '/' + name})
  MERGE (g)-[:HAS_MEMBER]->(u)
}
CALL (u) {
  UNWIND $members AS name
  MATCH (m:Unit {key: $scope + '/' + name})
  MERGE (u)-[:HAS_MEMBER]->(m)
}
CALL (u) {
  UNWIND $progress AS hash
  MATCH (p:Progress {hash: hash})
  MERGE (u)-[:REPORTED]->(p)
}
