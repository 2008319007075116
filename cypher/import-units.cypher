// Import, step 4: units and their roles on tasks. Parameters: $rows [{key, name, city, kind, group, taskId, role, office, pos}].
// pos keeps the order the notice names them in (some cities treat the first as the lead).
// role is LEADS (牵头单位) or SUPPORTS (责任单位); office is the bracketed office the unit acts as, or null.
UNWIND $rows AS row
MERGE (u:Unit {key: row.key})
  ON CREATE SET u.name = row.name, u.city = row.city, u.kind = row.kind
FOREACH (_ IN CASE WHEN row.group THEN [1] ELSE [] END | SET u:Group)
WITH u, row
MATCH (t:Task {id: row.taskId})
FOREACH (_ IN CASE WHEN row.role = 'LEADS' THEN [1] ELSE [] END | CREATE (u)-[:LEADS {office: row.office, pos: row.pos}]->(t))
FOREACH (_ IN CASE WHEN row.role = 'SUPPORTS' THEN [1] ELSE [] END | CREATE (u)-[:SUPPORTS {office: row.office, pos: row.pos}]->(t))
