// The single definition of a leader's workload, computed for one city and stored on each :Leader:
//   tasks = tasks the leader oversees; leadUnits = distinct units leading those tasks.
// Parameters: $city
MATCH (l:Leader {city: $city})
SET l.tasks = COUNT { (l)-[:OVERSEES]->(:Task) },
    l.leadUnits = size(COLLECT { MATCH (l)-[:OVERSEES]->(:Task)<-[:LEADS]-(u:Unit) RETURN DISTINCT u.key })
