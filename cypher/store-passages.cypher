// Store a work report's passages, replacing any it had. Parameters: $docId, $rows
//   [{id, no, paragraph, part, section, text, planning, heading, commitment}].
MATCH (d:Document {id: $docId})
CALL (d) {
  MATCH (d)-[:HAS_PASSAGE]->(old:Passage)
  DETACH DELETE old
}
WITH d
UNWIND $rows AS row
CREATE (d)-[:HAS_PASSAGE]->(p:Passage)
SET p = row, p.documentId = $docId
