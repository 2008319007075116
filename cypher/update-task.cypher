// Change a task's properties (its number, text, section… as a revised notice has them); a null removes one.
// Parameters: $id (task id), $props
MATCH (t:Task {id: $id})
SET t += $props
