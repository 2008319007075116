CYPHER 25
// 说明：哪些单位最可能成为工作卡点：按瓶颈评分从高到低，每项组成部分都列出来。
// Example parameters: {"city": "随州", "groups": false, "offset": 0, "limit": 10}
// Question: which units are the likeliest bottlenecks? One page of units ranked by their stored
//   bottleneck score (store-unit-scores.cypher: normalized within the unit's city and population), with
//   every component and each weighted part beside it; and the population ranked: how many units, and
//   (within one city) the largest value of each component, the denominators of the score. Across cities
//   units are compared by their standing within their own city, so there are no maxima, and the count
//   comes from the count store. One query, one round trip; the page is read in the order of the score index.
// Parameters: $groups (true = groups only), $city (null = every city), $offset, $limit
// Try it in Neo4j Browser: :param groups => false; :param city => null; :param offset => 0; :param limit => 20;
CALL () {
  WHEN $city IS NOT NULL THEN
    MATCH (u:Unit {city: $city})
    WHERE (u:Group) = $groups
    RETURN count(u) AS total,
           {lead: toFloat(coalesce(max(u.lead), 0)), total: toFloat(coalesce(max(u.total), 0)),
            coLeadShare: coalesce(max(u.coLeadShare), 0.0), leaderFanIn: toFloat(coalesce(max(u.leaders), 0)),
            betweenness: coalesce(max(u.betweenness), 0.0),
            expandedTotal: toFloat(coalesce(max(u.expandedTotal), 0))} AS maxima
  WHEN $groups THEN
    RETURN COUNT { (:Group) } AS total, null AS maxima
  ELSE
    RETURN COUNT { (:Unit) } - COUNT { (:Group) } AS total, null AS maxima
}
CALL () {
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
  WITH u ORDER BY u.bottleneckScore DESC, u.lead DESC, u.name, u.city
  RETURN collect({
    name: u.name, kind: u.kind, city: u.city, score: u.bottleneckScore, lead: u.lead, total: u.total,
    expandedTotal: u.expandedTotal, coLeadTasks: u.coLeadTasks, coLeadShare: u.coLeadShare,
    leaderFanIn: u.leaders, betweenness: coalesce(u.betweenness, 0.0), degree: coalesce(u.degree, 0),
    community: u.community,
    parts: {lead: u.partLead, total: u.partTotal, coLeadShare: u.partCoLeadShare, leaderFanIn: u.partLeaderFanIn,
            betweenness: u.partBetweenness, expandedTotal: u.partExpandedTotal}}) AS page
}
RETURN total, maxima, page
