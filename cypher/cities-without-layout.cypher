// 说明：哪些城市的关系图还没有保存位置（导入后据此补算）。
// Example parameters: {"city": "随州"}
// Question: which cities have nodes without a stored explorer position (so it must be computed)? With $city,
//   only that city, read through the city indexes; without, every city (once, for a store from before the
//   change markers).
// Parameters: $city (null = every city)
MATCH (u:Unit) WHERE ($city IS NULL OR u.city = $city) AND (u.x IS NULL OR u.ux IS NULL)
RETURN DISTINCT u.city AS city
UNION
MATCH (l:Leader) WHERE ($city IS NULL OR l.city = $city) AND l.x IS NULL
RETURN DISTINCT l.city AS city
UNION
MATCH (t:Task) WHERE ($city IS NULL OR t.city = $city) AND t.x IS NULL
RETURN DISTINCT t.city AS city
