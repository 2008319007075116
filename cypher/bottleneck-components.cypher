// 说明：每个单位（或单位组）的瓶颈评分各组成部分：牵头任务数、任务总数、共同牵头比例、领导扇入、中介中心度。
// Example parameters: {"city": "随州", "groups": false}
// Question: what goes into each unit's bottleneck score? The raw components of one city's units, as
//   stored by store-unit-figures.cypher and store-unit-network.cypher:
//   lead, total, expandedTotal, coLeadTasks, coLeadShare (see store-unit-figures.cypher),
//   leaderFanIn = leaders (distinct leaders overseeing the tasks it is named on),
//   betweenness, degree, weightedDegree, community = stored co-assignment network figures.
// Weighting and normalizing happen in Java (BottleneckRanking) within the city and population, and the
// scores are stored by store-unit-scores.cypher.
// Parameters: $groups (true = only group units, false = every unit that is not a group), $city
// Try it in Neo4j Browser: :param groups => false; :param city => '随州';
MATCH (u:Unit {city: $city})
WHERE (u:Group) = $groups
RETURN u.name AS name,
       u.kind AS kind,
       u.city AS city,
       coalesce(u.lead, 0) AS lead,
       coalesce(u.total, 0) AS total,
       coalesce(u.expandedTotal, 0) AS expandedTotal,
       coalesce(u.coLeadTasks, 0) AS coLeadTasks,
       coalesce(u.coLeadShare, 0.0) AS coLeadShare,
       coalesce(u.leaders, 0) AS leaderFanIn,
       coalesce(u.betweenness, 0.0) AS betweenness,
       coalesce(u.degree, 0) AS degree,
       coalesce(u.weightedDegree, 0) AS weightedDegree,
       u.community AS community
ORDER BY name
