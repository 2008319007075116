// 说明：哪些城市的关系图还没有保存位置（启动时据此补算）。
// Example parameters: {}
// Question: which cities have nodes without a stored explorer position (so it must be computed at start-up)?
// No parameters.
MATCH (u:Unit) WHERE u.x IS NULL OR u.ux IS NULL
RETURN DISTINCT u.city AS city
UNION
MATCH (l:Leader) WHERE l.x IS NULL
RETURN DISTINCT l.city AS city
UNION
MATCH (t:Task) WHERE t.x IS NULL
RETURN DISTINCT t.city AS city
