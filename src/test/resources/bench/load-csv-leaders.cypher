// Benchmark baseline, step 3: leaders and OVERSEES. Parameters: $file.
LOAD CSV WITH HEADERS FROM $file AS row
CALL (row) {
  MERGE (l:Leader {key: row.key})
    ON CREATE SET l.name = row.name, l.city = row.city
  WITH l, row
  MATCH (t:Task {id: row.taskId})
  CREATE (l)-[:OVERSEES {pos: toInteger(row.pos)}]->(t)
} IN TRANSACTIONS OF 1000 ROWS
