CYPHER 25
// 说明：哪些城市的数据在上次统计或布局之后又变了（启动时据此补算）。
// Example parameters: {"weights": ""}
// Question: which cities' notice data changed since their figures (or explorer layout) were last stored, or
//   were scored with other weights? Reads one marker per city (bump-graph-version.cypher), never the units,
//   tasks or leaders, so start-up does not grow with the store.
// Parameters: $weights (the current bottleneck weights)
MATCH (v:GraphVersion)
WHERE v.scope <> '*'
RETURN v.scope AS city,
       (v.figuresOf IS NULL OR v.figuresOf <> v.data OR coalesce(v.figuresWeights, '') <> $weights) AS figuresStale,
       (v.layoutOf IS NULL OR v.layoutOf <> v.data) AS layoutStale
