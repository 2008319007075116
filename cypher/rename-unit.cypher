CYPHER 25
// Rename a unit within its scope, or, when a unit of the new name is there already, merge it into that one (two
//   spellings of one unit: 市发改委 = 市发展和改革委员会): its links, memberships and progress reports move over, a task
//   it was on twice keeps one link (lead before responsible), and it is deleted.
// Parameters: $scope, $from (current name), $to (new name)
MATCH (a:Unit {key: $scope + '/' + $from})
OPTIONAL MATCH (b:Unit {key: $scope + '/' + $to})
CALL (a, b) {
  WHEN b IS NULL THEN
    SET a.name = $to, a.key = $scope + '/' + $to
  ELSE
    CALL (a, b) {
      MATCH (a)-[r:LEADS]->(t:Task)
      OPTIONAL MATCH (b)-[s:SUPPORTS]->(t)
      DELETE s
      WITH a, b, r, t
      CALL (b, r, t) {
        WHEN NOT EXISTS { (b)-[:LEADS]->(t) } THEN
          CREATE (b)-[:LEADS {office: r.office, pos: r.pos}]->(t)
      }
      DELETE r
    }
    CALL (a, b) {
      MATCH (a)-[r:SUPPORTS]->(t:Task)
      CALL (b, r, t) {
        WHEN NOT EXISTS { (b)-[:LEADS|SUPPORTS]->(t) } THEN
          CREATE (b)-[:SUPPORTS {office: r.office, pos: r.pos}]->(t)
      }
      DELETE r
    }
    CALL (a, b) {
      MATCH (g:Unit)-[:HAS_MEMBER]->(a)
      WHERE g <> b
      MERGE (g)-[:HAS_MEMBER]->(b)
    }
    CALL (a, b) {
      MATCH (a)-[:HAS_MEMBER]->(m:Unit)
      WHERE m <> b
      MERGE (b)-[:HAS_MEMBER]->(m)
    }
    CALL (a, b) {
      MATCH (a)-[:REPORTED]->(p:Progress)
      CREATE (b)-[:REPORTED]->(p)
    }
    CALL (b) {
      MATCH (b)-[:LEADS]->(t:Task)
      SET t.leadUnitCount = COUNT { (t)<-[:LEADS]-() }
    }
    DETACH DELETE a
}
