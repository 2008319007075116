// 说明：一份任务分解通知的全部任务原文。
// Example parameters: {"docId": "76fc9c4c1204"}
// Question: what are a notice's tasks, as text to trace and read targets and deadlines from? Parameters: $docId
MATCH (:Document {id: $docId})-[:HAS_TASK]->(t:Task)
RETURN t.id AS id, t.no AS no, t.kind AS kind, t.text AS text, t.item AS item, t.deadlinePhrase AS deadlinePhrase
ORDER BY t.kind, toIntegerOrNull(t.no), t.no
