// Store the FROM links of a notice's tasks to one report's passages, replacing earlier links between the two.
// Parameters: $noticeId, $reportId, $rows [{taskId, passageId, score, method}]
CALL () {
  MATCH (:Document {id: $noticeId})-[:HAS_TASK]->(:Task)-[old:FROM]->(:Passage {documentId: $reportId})
  DELETE old
}
UNWIND $rows AS row
MATCH (t:Task {id: row.taskId})
MATCH (p:Passage {id: row.passageId})
CREATE (t)-[:FROM {score: row.score, method: row.method}]->(p)
