CYPHER 25
// 说明：哪些城市的关系图还没有保存位置（导入后据此补算）。
// Example parameters: {"city": "随州"}
// Question: which cities have nodes without a stored explorer position (so it must be computed)? With $city,
//   only that city, read through the city indexes; without, every city (once, for a store from before the
//   change markers).
// Parameters: $city (null = every city)
CALL () {
  WHEN $city IS NULL THEN
    CALL () {
      MATCH (u:Unit) WHERE u.x IS NULL OR u.ux IS NULL
      RETURN DISTINCT u.city AS city
      UNION
      MATCH (l:Leader) WHERE l.x IS NULL
      RETURN DISTINCT l.city AS city
      UNION
      MATCH (t:Task) WHERE t.x IS NULL
      RETURN DISTINCT t.city AS city
    }
    RETURN city
  ELSE
    CALL () {
      MATCH (u:Unit {city: $city}) WHERE u.x IS NULL OR u.ux IS NULL
      RETURN DISTINCT u.city AS city
      UNION
      MATCH (l:Leader {city: $city}) WHERE l.x IS NULL
      RETURN DISTINCT l.city AS city
      UNION
      MATCH (t:Task {city: $city}) WHERE t.x IS NULL
      RETURN DISTINCT t.city AS city
    }
    RETURN city
}
RETURN city
