CYPHER 25
// 说明：每个单位承担多少项任务（牵头、责任、合计、领导扇入），从多到少。
// Example parameters: {"expand": false, "city": "随州", "name": null, "offset": 0, "limit": 10}
// Question: how many tasks does each unit carry? Reads the figures stored by store-unit-figures.cypher
//   (their single definition) and store-unit-network.cypher; one page, busiest first.
//   lead, responsible, total, leaders (leader fan-in), leadLeaders; with $expand the expanded variants
//   (a member also credited with its groups' tasks). betweenness, degree, weightedDegree, community:
//   stored co-assignment network figures (null until computed).
//   Each branch starts from an index: the unit's name, its city, or the total (read in index order).
// Parameters: $expand (boolean), $city (null = every city), $name (null = every unit), $offset, $limit
// Try it in Neo4j Browser: :param expand => false; :param city => null; :param name => null; :param offset => 0; :param limit => 100;
CALL () {
  WHEN $name IS NOT NULL AND $city IS NOT NULL THEN
    // unit keys are "<city>/<name>" (ImportPlan), unique
    MATCH (u:Unit {key: $city + '/' + $name})
    RETURN u
  WHEN $name IS NOT NULL THEN
    MATCH (u:Unit {name: $name})
    WHERE $city IS NULL OR u.city = $city
    RETURN u
    ORDER BY u.city
    SKIP $offset LIMIT $limit
  WHEN $city IS NOT NULL THEN
    MATCH (u:Unit {city: $city})
    WITH u, CASE WHEN $expand THEN u.expandedTotal ELSE u.total END AS total,
         CASE WHEN $expand THEN u.expandedLead ELSE u.lead END AS lead
    RETURN u
    ORDER BY total DESC, lead DESC, u.name
    SKIP $offset LIMIT $limit
  WHEN $expand THEN
    MATCH (u:Unit)
    WHERE u.expandedTotal IS NOT NULL
    RETURN u
    ORDER BY u.expandedTotal DESC, u.expandedLead DESC, u.name, u.city
    SKIP $offset LIMIT $limit
  ELSE
    MATCH (u:Unit)
    WHERE u.total IS NOT NULL
    RETURN u
    ORDER BY u.total DESC, u.lead DESC, u.name, u.city
    SKIP $offset LIMIT $limit
}
RETURN u.name AS name,
       u.kind AS kind,
       u.city AS city,
       coalesce(CASE WHEN $expand THEN u.expandedLead ELSE u.lead END, 0) AS lead,
       coalesce(CASE WHEN $expand THEN u.expandedResponsible ELSE u.responsible END, 0) AS responsible,
       coalesce(CASE WHEN $expand THEN u.expandedTotal ELSE u.total END, 0) AS total,
       coalesce(CASE WHEN $expand THEN u.expandedLeaders ELSE u.leaders END, 0) AS leaders,
       coalesce(CASE WHEN $expand THEN u.expandedLeadLeaders ELSE u.leadLeaders END, 0) AS leadLeaders,
       u.betweenness AS betweenness,
       u.degree AS degree,
       u.weightedDegree AS weightedDegree,
       u.community AS community
