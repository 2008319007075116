// 说明：图里有几个城市。
// Example parameters: {}
// Question: how many cities does the graph hold units of? No parameters.
MATCH (u:Unit)
RETURN count(DISTINCT u.city) AS cities
