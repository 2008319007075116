// Question: which units keep working together? Each community of the unit co-assignment network
//   (stored on :Unit by the network computation) with its units and its most frequent lead unit =
//   the member that leads the most tasks (ties: higher betweenness, then name; null if no member leads).
// Parameters: $city (null = every city)
// Try it in Neo4j Browser: :param city => null;
MATCH (u:Unit)
WHERE u.community IS NOT NULL AND ($city IS NULL OR u.city = $city)
WITH u, size(COLLECT { MATCH (u)-[:LEADS]->(t:Task) RETURN DISTINCT t }) AS lead
ORDER BY lead DESC, u.betweenness DESC, u.name
WITH u.city AS city, u.community AS community,
     collect({name: u.name, kind: u.kind, lead: lead, betweenness: u.betweenness, degree: u.degree}) AS units
RETURN community,
       city,
       size(units) AS size,
       CASE WHEN units[0].lead > 0 THEN units[0].name END AS leadUnit,
       units[0].lead AS leadUnitTasks,
       units
ORDER BY size DESC, community
