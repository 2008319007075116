// Which of these unit keys are already in the graph. Parameters: $keys (list of unit keys).
UNWIND $keys AS key
MATCH (u:Unit {key: key})
RETURN u.key AS key
