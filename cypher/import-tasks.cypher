// Import, step 2: a batch of tasks of one document. Parameters: $docId, $rows (task property maps).
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
CREATE (d)-[:HAS_TASK]->(t:Task)
SET t = row
