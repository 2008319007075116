// Benchmark baseline, step 4: units, LEADS and SUPPORTS. Parameters: $file.
LOAD CSV WITH HEADERS FROM $file AS row
CALL (row) {
  MERGE (u:Unit {key: row.key})
    ON CREATE SET u.name = row.name, u.city = row.city, u.kind = row.kind
  FOREACH (_ IN CASE WHEN row.group = 'true' THEN [1] ELSE [] END | SET u:Group)
  WITH u, row
  MATCH (t:Task {id: row.taskId})
  FOREACH (_ IN CASE WHEN row.role = 'LEADS' THEN [1] ELSE [] END |
    CREATE (u)-[:LEADS {office: row.office, pos: toInteger(row.pos)}]->(t))
  FOREACH (_ IN CASE WHEN row.role = 'SUPPORTS' THEN [1] ELSE [] END |
    CREATE (u)-[:SUPPORTS {office: row.office, pos: toInteger(row.pos)}]->(t))
} IN TRANSACTIONS OF 1000 ROWS
