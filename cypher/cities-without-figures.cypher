// 说明：哪些城市还没有算好统计数字（启动时据此补算）。
// Example parameters: {"weights": ""}
// Question: which cities lack stored figures (so they must be computed at start-up)? A city whose units
//   miss network, workload or score figures, whose scores were computed with other weights, or whose
//   leaders miss their workload, or whose tasks miss their counts or co-led tasks their home leaders. Parameters: $weights (the current weights, as stored by store-unit-scores.cypher)
MATCH (u:Unit)
WHERE u.betweenness IS NULL OR u.total IS NULL OR u.bottleneckScore IS NULL
   OR u.figuresWeights IS NULL OR u.figuresWeights <> $weights
RETURN DISTINCT u.city AS city
UNION
MATCH (l:Leader)
WHERE l.tasks IS NULL
RETURN DISTINCT l.city AS city
UNION
MATCH (t:Task)
WHERE t.leadUnitCount IS NULL OR (t.leadUnitCount >= 2 AND t.crossLeader IS NULL)
RETURN DISTINCT t.city AS city
