// Add one task to a document (a revised notice's new task, or the undo of a removal of one); its links are set by
//   assign-task.cypher after it. Parameters: $documentId, $props (the task's properties, id among them)
MATCH (d:Document {id: $documentId})
CREATE (d)-[:HAS_TASK]->(t:Task)
SET t = $props
