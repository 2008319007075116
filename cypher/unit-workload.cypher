// Question: how many tasks does each unit carry?
//   lead        = distinct tasks it leads (牵头单位)
//   responsible = distinct tasks it is a 责任单位 on and does not lead
//   total       = distinct tasks it is on; leaders = distinct leaders overseeing those tasks (leader fan-in)
//   leadLeaders = distinct leaders overseeing the tasks it leads (fan-in as lead unit)
//   betweenness, degree, weightedDegree, community: stored co-assignment network figures (null until computed)
//   With $expand, a member is also credited with its groups' tasks (each task once; a group's
//   lead counts as the member's lead).
// Parameters: $expand (boolean), $city (null = every city), $name (null = every unit)
// Try it in Neo4j Browser: :param expand => false; :param city => null; :param name => null;
MATCH (u:Unit)
WHERE ($city IS NULL OR u.city = $city) AND ($name IS NULL OR u.name = $name)
OPTIONAL CALL (u) {
  MATCH (u)-[r:LEADS|SUPPORTS]->(t:Task)
  RETURN t, type(r) = 'LEADS' AS leads
  UNION
  MATCH (g:Group)-[:HAS_MEMBER]->(u)
  WHERE $expand
  MATCH (g)-[r:LEADS|SUPPORTS]->(t:Task)
  RETURN t, type(r) = 'LEADS' AS leads
}
WITH u, t, sum(CASE WHEN leads THEN 1 ELSE 0 END) > 0 AS leads
WITH u, collect(t) AS tasks, collect(CASE WHEN leads THEN t END) AS leadTasks
WITH u, tasks, leadTasks, size(leadTasks) AS lead
RETURN u.name AS name,
       u.kind AS kind,
       u.city AS city,
       lead,
       size(tasks) - lead AS responsible,
       size(tasks) AS total,
       size(COLLECT { UNWIND tasks AS t MATCH (l:Leader)-[:OVERSEES]->(t) RETURN DISTINCT l }) AS leaders,
       size(COLLECT { UNWIND leadTasks AS t MATCH (l:Leader)-[:OVERSEES]->(t) RETURN DISTINCT l }) AS leadLeaders,
       u.betweenness AS betweenness,
       u.degree AS degree,
       u.weightedDegree AS weightedDegree,
       u.community AS community
ORDER BY total DESC, lead DESC, name
