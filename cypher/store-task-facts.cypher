// Store what was read from each task's text: its targets (replacing earlier ones) and its deadline. A deadline
//   the importer already set (a table's 完成时限 column) is kept.
// Parameters: $rows [{taskId, deadline (ISO date or null), deadlinePhrase, targets: [{metric, change, value,
//   upper, unit, comparator, phrase, pos}]}]
UNWIND $rows AS row
MATCH (t:Task {id: row.taskId})
CALL (t) {
  MATCH (t)-[:HAS_TARGET]->(old:Target)
  DETACH DELETE old
}
SET t.deadline = coalesce(t.deadline, date(row.deadline)),
    t.deadlinePhrase = coalesce(t.deadlinePhrase, row.deadlinePhrase)
WITH t, row
UNWIND row.targets AS target
CREATE (t)-[:HAS_TARGET]->(g:Target)
SET g = target
