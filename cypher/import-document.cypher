CYPHER 25 replan=skip
// Import: one document with its tasks, units, leaders, their links and group memberships, in one statement.
//   Units and leaders the import found absent in this transaction (isNew) are created, the others matched once
//   by key; every link refers to its unit or leader by position in those lists, so nothing is looked up per
//   link and no task is matched by id.
// Parameters: $doc (document properties),
//   $units [{i, key, name, city, kind, group, isNew}], $leaders [{i, key, name, city, isNew}],
//   $tasks [{props (task properties), leads, supports (positions in $units), leadOffices, supportOffices (the
//            office named beside each, or null), leaders (positions in $leaders)}]; a link's index in its list is its
//            order in the notice (pos),
//   $memberships [{group, member}] (positions in $units; from import/units.csv)
CREATE (d:Document)
SET d = $doc, d.importedAt = datetime()
WITH d
CALL () {
  UNWIND $units AS u
  CALL (u) {
    WHEN u.isNew THEN
      CREATE (n:Unit {key: u.key, name: u.name, city: u.city, kind: u.kind})
      RETURN n
    ELSE
      MATCH (n:Unit {key: u.key})
      RETURN n
  }
  FOREACH (_ IN CASE WHEN u.group THEN [1] ELSE [] END | SET n:Group)
  WITH u, n ORDER BY u.i
  RETURN collect(n) AS units
}
CALL () {
  UNWIND $leaders AS l
  CALL (l) {
    WHEN l.isNew THEN
      CREATE (n:Leader {key: l.key, name: l.name, city: l.city})
      RETURN n
    ELSE
      MATCH (n:Leader {key: l.key})
      RETURN n
  }
  WITH l, n ORDER BY l.i
  RETURN collect(n) AS leaders
}
CALL (units) {
  UNWIND $memberships AS m
  WITH units[m.group] AS g, units[m.member] AS member
  MERGE (g)-[:HAS_MEMBER]->(member)
}
UNWIND $tasks AS row
CREATE (d)-[:HAS_TASK]->(t:Task)
SET t = row.props
FOREACH (i IN range(0, size(row.leads) - 1) |
  FOREACH (u IN [units[row.leads[i]]] | CREATE (u)-[:LEADS {office: row.leadOffices[i], pos: i}]->(t)))
FOREACH (i IN range(0, size(row.supports) - 1) |
  FOREACH (u IN [units[row.supports[i]]] | CREATE (u)-[:SUPPORTS {office: row.supportOffices[i], pos: i}]->(t)))
FOREACH (i IN range(0, size(row.leaders) - 1) |
  FOREACH (l IN [leaders[row.leaders[i]]] | CREATE (l)-[:OVERSEES {pos: i}]->(t)))
