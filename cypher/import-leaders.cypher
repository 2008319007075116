// Import, step 3: leaders and the tasks they oversee. Parameters: $rows [{key, name, city, taskId, pos}]; pos = order of mention.
UNWIND $rows AS row
MERGE (l:Leader {key: row.key})
  ON CREATE SET l.name = row.name, l.city = row.city
WITH l, row
MATCH (t:Task {id: row.taskId})
CREATE (l)-[:OVERSEES {pos: row.pos}]->(t)
