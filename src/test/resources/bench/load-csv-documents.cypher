// Benchmark baseline, step 1: documents, loaded by Neo4j's own LOAD CSV. Parameters: $file.
LOAD CSV WITH HEADERS FROM $file AS row
CALL (row) {
  CREATE (:Document {id: row.id, sha256: row.sha256, kind: row.kind, title: row.title, city: row.city, year: toInteger(row.year)})
} IN TRANSACTIONS OF 1000 ROWS
