// Benchmark baseline, step 5: group membership. Parameters: $file.
LOAD CSV WITH HEADERS FROM $file AS row
CALL (row) {
  MATCH (g:Group {key: row.groupKey})
  MERGE (m:Unit {key: row.memberKey})
    ON CREATE SET m.name = row.name, m.city = row.city, m.kind = row.kind
  MERGE (g)-[:HAS_MEMBER]->(m)
} IN TRANSACTIONS OF 1000 ROWS
