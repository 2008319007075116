// Question: what goes into each unit's bottleneck score? The raw components, per unit:
//   lead          = distinct tasks it leads
//   total         = distinct tasks it is named on (lead or responsible)
//   expandedTotal = total, also crediting the tasks of the groups it belongs to
//   coLeadTasks   = lead tasks that have two or more lead units; coLeadShare = coLeadTasks / lead (0 if lead = 0)
//   leaderFanIn   = distinct leaders overseeing the tasks it is named on
//   betweenness, degree, weightedDegree, community = stored co-assignment network figures
// Weighting and normalizing happen in Java (BottleneckRanking), so the weights can be configured.
// Parameters: $groups (true = only group units, false = every unit that is not a group), $city (null = every city)
// Try it in Neo4j Browser: :param groups => false; :param city => null;
MATCH (u:Unit)
WHERE ($city IS NULL OR u.city = $city) AND (u:Group) = $groups
WITH u,
     COLLECT { MATCH (u)-[:LEADS]->(t:Task) RETURN DISTINCT t } AS leadTasks,
     COLLECT { MATCH (u)-[:LEADS|SUPPORTS]->(t:Task) RETURN DISTINCT t } AS tasks,
     COLLECT { MATCH (u)-[:LEADS|SUPPORTS]->(t:Task) RETURN t
               UNION
               MATCH (g:Group)-[:HAS_MEMBER]->(u) MATCH (g)-[:LEADS|SUPPORTS]->(t:Task) RETURN t } AS expandedTasks
WITH u, leadTasks, tasks, expandedTasks,
     size([t IN leadTasks WHERE COUNT { (t)<-[:LEADS]-(:Unit) } >= 2]) AS coLeadTasks
RETURN u.name AS name,
       u.kind AS kind,
       u.city AS city,
       size(leadTasks) AS lead,
       size(tasks) AS total,
       size(expandedTasks) AS expandedTotal,
       coLeadTasks,
       CASE WHEN size(leadTasks) = 0 THEN 0.0 ELSE toFloat(coLeadTasks) / size(leadTasks) END AS coLeadShare,
       size(COLLECT { UNWIND tasks AS t MATCH (l:Leader)-[:OVERSEES]->(t) RETURN DISTINCT l }) AS leaderFanIn,
       coalesce(u.betweenness, 0.0) AS betweenness,
       coalesce(u.degree, 0) AS degree,
       coalesce(u.weightedDegree, 0) AS weightedDegree,
       u.community AS community
ORDER BY name
