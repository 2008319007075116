// Store the reporting rules a notice states, replacing earlier ones. Parameters: $docId,
//   $rows [{pos, scope, role, what, dates (ISO dates), daysBefore, to, phrase}]
MATCH (d:Document {id: $docId})
CALL (d) {
  MATCH (d)-[:SETS_RULE]->(old:ReportingRule)
  DETACH DELETE old
}
WITH d
UNWIND $rows AS row
CREATE (d)-[:SETS_RULE]->(r:ReportingRule)
SET r = row, r.dates = [x IN row.dates | date(x)]
