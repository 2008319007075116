CYPHER 25
// Remove one task with its links, progress entries and targets (a task a revised notice no longer has), then the
//   units and leaders of its scope left with no relationship at all. Parameters: $id (task id)
MATCH (t:Task {id: $id})
WITH t, t.city AS scope
CALL (t) {
  MATCH (t)<-[:ON]-(p:Progress)
  DETACH DELETE p
}
CALL (t) {
  MATCH (t)-[:HAS_TARGET]->(g:Target)
  DETACH DELETE g
}
DETACH DELETE t
WITH scope
CALL (scope) {
  MATCH (u:Unit {city: scope})
  WHERE NOT EXISTS { (u)--() }
  DELETE u
}
CALL (scope) {
  MATCH (l:Leader {city: scope})
  WHERE NOT EXISTS { (l)--() }
  DELETE l
}
