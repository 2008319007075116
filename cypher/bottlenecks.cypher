CYPHER 25
// 说明：哪些单位最可能成为工作卡点：按瓶颈评分从高到低，每项组成部分都列出来。
// Example parameters: {"city": "随州", "groups": false, "offset": 0, "limit": 10}
// Question: which units are the likeliest bottlenecks? One page of units ranked by their stored
//   bottleneck score (store-unit-scores.cypher: normalized within the unit's city and population), with
//   every component and each weighted part beside it. Within one city this is exactly the city's ranking;
//   across cities units are compared by their standing within their own city.
// Parameters: $groups (true = groups only), $city (null = every city), $offset, $limit
// Try it in Neo4j Browser: :param groups => false; :param city => null; :param offset => 0; :param limit => 20;
CALL () {
  WHEN $city IS NOT NULL THEN
    MATCH (u:Unit {city: $city})
    WHERE (u:Group) = $groups AND u.bottleneckScore IS NOT NULL
    RETURN u
    ORDER BY u.bottleneckScore DESC, u.lead DESC, u.name
    SKIP $offset LIMIT $limit
  WHEN $groups THEN
    MATCH (u:Group)
    WHERE u.bottleneckScore IS NOT NULL
    RETURN u
    ORDER BY u.bottleneckScore DESC, u.lead DESC, u.name, u.city
    SKIP $offset LIMIT $limit
  ELSE
    MATCH (u:Unit)
    WHERE u.bottleneckScore IS NOT NULL AND NOT u:Group
    RETURN u
    ORDER BY u.bottleneckScore DESC, u.lead DESC, u.name, u.city
    SKIP $offset LIMIT $limit
}
RETURN u.name AS name,
       u.kind AS kind,
       u.city AS city,
       u.bottleneckScore AS score,
       u.lead AS lead,
       u.total AS total,
       u.expandedTotal AS expandedTotal,
       u.coLeadTasks AS coLeadTasks,
       u.coLeadShare AS coLeadShare,
       u.leaders AS leaderFanIn,
       coalesce(u.betweenness, 0.0) AS betweenness,
       coalesce(u.degree, 0) AS degree,
       u.community AS community,
       {lead: u.partLead, total: u.partTotal, coLeadShare: u.partCoLeadShare, leaderFanIn: u.partLeaderFanIn,
        betweenness: u.partBetweenness, expandedTotal: u.partExpandedTotal} AS parts
