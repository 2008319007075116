// Benchmark baseline, step 2: tasks and HAS_TASK. Parameters: $file.
LOAD CSV WITH HEADERS FROM $file AS row
CALL (row) {
  MATCH (d:Document {id: row.documentId})
  CREATE (d)-[:HAS_TASK]->(:Task {id: row.id, no: row.no, kind: row.kind, text: row.text, sectionNo: row.sectionNo,
                                  section: row.section, action: row.action, item: row.item,
                                  line: toInteger(row.line), city: row.city, documentId: row.documentId,
                                  leadUnitCount: toInteger(row.leadUnitCount), leaderCount: toInteger(row.leaderCount)})
} IN TRANSACTIONS OF 1000 ROWS
