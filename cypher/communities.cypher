CYPHER 25
// 说明：哪些单位经常一起承担任务（社区），每个社区谁牵头最多。
// Example parameters: {"city": "随州", "offset": 0, "limit": 10}
// Question: which units keep working together? Each community of the unit co-assignment network
//   (stored on :Unit by the network computation) with its units and its most frequent lead unit =
//   the member that leads the most tasks (ties: higher betweenness, then name; null if no member leads).
//   Communities are numbered within their city. One page, largest first. Within a city this reads about
//   85 units by index; across cities it groups every unit (not a ranking endpoint: give a city at scale).
// Parameters: $city (null = every city), $offset, $limit
// Try it in Neo4j Browser: :param city => null; :param offset => 0; :param limit => 100;
CALL () {
  WHEN $city IS NOT NULL THEN
    MATCH (u:Unit {city: $city})
    WHERE u.community IS NOT NULL
    RETURN u
  ELSE
    MATCH (u:Unit)
    WHERE u.community IS NOT NULL
    RETURN u
}
WITH u, coalesce(u.lead, 0) AS lead
ORDER BY lead DESC, u.betweenness DESC, u.name
WITH u.city AS city, u.community AS community,
     collect({name: u.name, kind: u.kind, lead: lead, betweenness: u.betweenness, degree: u.degree}) AS units
RETURN community,
       city,
       size(units) AS size,
       CASE WHEN units[0].lead > 0 THEN units[0].name END AS leadUnit,
       units[0].lead AS leadUnitTasks,
       units
ORDER BY size DESC, community, city
SKIP $offset LIMIT $limit
