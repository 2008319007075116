CYPHER 25
// 说明：哪些单位经常一起承担任务（社区），每个社区谁牵头最多。
// Example parameters: {"city": "随州", "offset": 0, "limit": 10}
// Question: which units keep working together? Each community of the unit co-assignment network
//   (stored per city by store-communities.cypher) with its units and its most frequent lead unit =
//   the member that leads the most tasks (ties: higher betweenness, then name; null if no member leads).
//   Communities are numbered within their city. One page, largest first, read in the order of the size
//   index (across cities too); the members of the page's communities are found by the (city, community) index.
// Parameters: $city (null = every city), $offset, $limit
// Try it in Neo4j Browser: :param city => null; :param offset => 0; :param limit => 100;
CALL () {
  WHEN $city IS NOT NULL THEN
    MATCH (c:Community {city: $city})
    RETURN c
    ORDER BY c.size DESC, c.community
    SKIP $offset LIMIT $limit
  ELSE
    MATCH (c:Community)
    WHERE c.size IS NOT NULL
    RETURN c
    ORDER BY c.size DESC, c.community, c.city
    SKIP $offset LIMIT $limit
}
RETURN c.community AS community,
       c.city AS city,
       c.size AS size,
       c.leadUnit AS leadUnit,
       c.leadUnitTasks AS leadUnitTasks,
       COLLECT { MATCH (u:Unit {city: c.city, community: c.community})
                 WITH u, coalesce(u.lead, 0) AS lead
                 ORDER BY lead DESC, u.betweenness DESC, u.name
                 RETURN {name: u.name, kind: u.kind, lead: lead, betweenness: u.betweenness, degree: u.degree} } AS units
ORDER BY size DESC, community, city
