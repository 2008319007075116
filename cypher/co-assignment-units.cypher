// 说明：单位协作网络里有哪些单位。
// Example parameters: {"city": "随州"}
// Question: which units are the nodes of one city's co-assignment network? Every unit of the city, in
//   key order so the network is built the same way every time. Units of different cities never share
//   a task, so the national network is the disjoint union of the cities' networks.
// Parameters: $city
// Try it in Neo4j Browser: :param city => '随州';
MATCH (u:Unit {city: $city})
RETURN u.key AS key
ORDER BY key
