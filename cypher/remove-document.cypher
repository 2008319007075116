CYPHER 25
// Remove a document and everything that hangs on it: its tasks with their links, progress entries, targets and
//   report links; its reporting rules and its original file; then what the notice alone held in its scope: leaders
//   who oversee nothing, group memberships of groups on no task, units with nothing left, and, when the scope has no
//   task left, its communities. The inverse of its import: the graph is as it was before (but for the audit trail
//   and the change markers).
// Parameters: $id (document id)
MATCH (d:Document {id: $id})
WITH d, coalesce(d.scope, d.city, '') AS scope
CALL (d) {
  MATCH (d)-[:HAS_TASK]->(t:Task)
  CALL (t) {
    MATCH (p:Progress)-[:ON]->(t)
    DETACH DELETE p
  }
  CALL (t) {
    MATCH (t)-[:HAS_TARGET]->(g:Target)
    DETACH DELETE g
  }
  DETACH DELETE t
}
CALL (d) {
  MATCH (d)-[:SETS_RULE|HAS_ORIGINAL]->(n)
  DETACH DELETE n
}
DETACH DELETE d
WITH scope
CALL (scope) {
  MATCH (l:Leader {city: scope})
  WHERE NOT EXISTS { (l)-[:OVERSEES]->() }
  DETACH DELETE l
}
CALL (scope) {
  MATCH (g:Unit {city: scope})-[m:HAS_MEMBER]->()
  WHERE NOT EXISTS { (g)-[:LEADS|SUPPORTS]->() }
  DELETE m
}
CALL (scope) {
  MATCH (u:Unit {city: scope})
  WHERE NOT EXISTS { (u)-[:LEADS|SUPPORTS|HAS_MEMBER|REPORTED]-() }
  DETACH DELETE u
}
CALL (scope) {
  MATCH (c:Community {city: scope})
  WHERE NOT EXISTS { MATCH (t:Task {city: scope}) }
  DELETE c
}
