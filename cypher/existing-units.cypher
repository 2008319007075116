// 说明：这些单位（按城市/名称的键）里哪些已经在图中。
// Example parameters: {"keys": ["随州/市发改委", "随州/市住建局"]}
// Which of these unit keys are already in the graph. Parameters: $keys (list of unit keys).
UNWIND $keys AS key
MATCH (u:Unit {key: key})
RETURN u.key AS key
