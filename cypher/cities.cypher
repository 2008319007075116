// 说明：图里有哪些城市。
// Example parameters: {}
// Question: which cities does the graph hold units of? Each is one disconnected part of the
//   co-assignment network. No parameters.
MATCH (u:Unit)
RETURN DISTINCT u.city AS city
ORDER BY city
