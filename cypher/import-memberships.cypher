// Import, step 5: group membership from import/units.csv. Parameters: $rows [{groupKey, memberKey, name, city, kind}].
UNWIND $rows AS row
MATCH (g:Group {key: row.groupKey})
MERGE (m:Unit {key: row.memberKey})
  ON CREATE SET m.name = row.name, m.city = row.city, m.kind = row.kind
MERGE (g)-[:HAS_MEMBER]->(m)
