CYPHER 25 replan=skip
// 说明：这些单位和领导（按城市/名称的键）里哪些已经在图中。
// Example parameters: {"unitKeys": ["随州/市发改委", "随州/市住建局"], "leaderKeys": ["随州/吴丕华"]}
// Question: which of these unit and leader keys are already in the graph (so the import matches them and creates
//   the others)? Parameters: $unitKeys, $leaderKeys (lists of city/name keys).
UNWIND $unitKeys AS key
MATCH (u:Unit {key: key})
RETURN 'unit' AS label, u.key AS key
UNION ALL
UNWIND $leaderKeys AS key
MATCH (l:Leader {key: key})
RETURN 'leader' AS label, l.key AS key
