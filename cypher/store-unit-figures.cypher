// The single definition of a unit's workload figures, computed for one city and stored on each :Unit
// (reading queries only read them). Run after every import of the city, with the network figures.
//   lead        = distinct tasks it leads (牵头单位)
//   responsible = distinct tasks it is a 责任单位 on and does not lead
//   total       = distinct tasks it is on; leaders = distinct leaders overseeing those tasks (leader fan-in)
//   leadLeaders = distinct leaders overseeing the tasks it leads (fan-in as lead unit)
//   expanded*   = the same, also crediting a member with its groups' tasks (each task once; a group's
//                 lead counts as the member's lead)
//   coLeadTasks = lead tasks that have two or more lead units (t.leadUnitCount, stored by the importer
//                 or store-task-counts.cypher just before); coLeadShare = coLeadTasks / lead (0 if lead = 0)
// Parameters: $city
// Try it in Neo4j Browser: :param city => '随州';
MATCH (u:Unit {city: $city})
CALL (u) {
  OPTIONAL CALL (u) {
    MATCH (u)-[r:LEADS|SUPPORTS]->(t:Task)
    RETURN t, type(r) = 'LEADS' AS leads
  }
  WITH t, sum(CASE WHEN leads THEN 1 ELSE 0 END) > 0 AS leads
  WITH collect(t) AS tasks, collect(CASE WHEN leads THEN t END) AS leadTasks
  RETURN tasks, leadTasks
}
CALL (u) {
  OPTIONAL CALL (u) {
    MATCH (u)-[r:LEADS|SUPPORTS]->(t:Task)
    RETURN t, type(r) = 'LEADS' AS leads
    UNION
    MATCH (g:Group)-[:HAS_MEMBER]->(u)
    MATCH (g)-[r:LEADS|SUPPORTS]->(t:Task)
    RETURN t, type(r) = 'LEADS' AS leads
  }
  WITH t, sum(CASE WHEN leads THEN 1 ELSE 0 END) > 0 AS leads
  WITH collect(t) AS expandedTasks, collect(CASE WHEN leads THEN t END) AS expandedLeadTasks
  RETURN expandedTasks, expandedLeadTasks
}
WITH u, tasks, leadTasks, expandedTasks, expandedLeadTasks,
     size([t IN leadTasks WHERE t.leadUnitCount >= 2]) AS coLeadTasks
SET u.lead = size(leadTasks),
    u.responsible = size(tasks) - size(leadTasks),
    u.total = size(tasks),
    u.leaders = size(COLLECT { UNWIND tasks AS t MATCH (l:Leader)-[:OVERSEES]->(t) RETURN DISTINCT l }),
    u.leadLeaders = size(COLLECT { UNWIND leadTasks AS t MATCH (l:Leader)-[:OVERSEES]->(t) RETURN DISTINCT l }),
    u.expandedLead = size(expandedLeadTasks),
    u.expandedResponsible = size(expandedTasks) - size(expandedLeadTasks),
    u.expandedTotal = size(expandedTasks),
    u.expandedLeaders = size(COLLECT { UNWIND expandedTasks AS t MATCH (l:Leader)-[:OVERSEES]->(t) RETURN DISTINCT l }),
    u.expandedLeadLeaders = size(COLLECT { UNWIND expandedLeadTasks AS t MATCH (l:Leader)-[:OVERSEES]->(t) RETURN DISTINCT l }),
    u.coLeadTasks = coLeadTasks,
    u.coLeadShare = CASE WHEN size(leadTasks) = 0 THEN 0.0 ELSE toFloat(coLeadTasks) / size(leadTasks) END
