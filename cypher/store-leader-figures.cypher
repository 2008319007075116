// The single definition of a leader's workload, computed for one city and stored on each :Leader:
//   tasks = tasks the leader oversees; leadUnits = distinct units leading those tasks; units = distinct units
//   named on those tasks in either role (groups included, as the notice names them); coLedTasks = those tasks
//   with two or more lead units.
// Parameters: $city
MATCH (l:Leader {city: $city})
SET l.tasks = COUNT { (l)-[:OVERSEES]->(:Task) },
    l.leadUnits = size(COLLECT { MATCH (l)-[:OVERSEES]->(:Task)<-[:LEADS]-(u:Unit) RETURN DISTINCT u.key }),
    l.units = size(COLLECT { MATCH (l)-[:OVERSEES]->(:Task)<-[:LEADS|SUPPORTS]-(u:Unit) RETURN DISTINCT u.key }),
    l.coLedTasks = COUNT { MATCH (l)-[:OVERSEES]->(t:Task) WHERE t.leadUnitCount >= 2 }
