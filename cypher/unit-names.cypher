CYPHER 25
// 说明：按单位名称的一部分（简称）找单位全称。
// Example parameters: {"part": "发改委", "city": "随州"}
// Question: which units' names contain this text? The ledger's unit filter reads 发改委 as 市发改委 by it; a
//   name that is exactly a unit's is found too (the caller then keeps only that one).
// Parameters: $part (text the name contains), $city (null = every city)
MATCH (u:Unit)
WHERE u.name CONTAINS $part AND ($city IS NULL OR u.city = $city)
RETURN DISTINCT u.name AS name
ORDER BY name
