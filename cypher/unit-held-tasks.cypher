// 说明：每个单位承担哪些任务、以什么身份：牵头、责任，或作为单位组成员。
// Example parameters: {"city": "随州", "name": "市发改委"}
// Question: which tasks does each unit answer for, and in which role: named as lead (LEADS) or responsible
//   (SUPPORTS) unit, or as a member of a group named so? Groups themselves report through their members.
// Parameters: $city (null = every city), $name (null = every unit)
MATCH (u:Unit)
WHERE NOT u:Group AND ($city IS NULL OR u.city = $city) AND ($name IS NULL OR u.name = $name)
CALL (u) {
  MATCH (u)-[r:LEADS|SUPPORTS]->(t:Task)
  RETURN t, type(r) AS rel
  UNION
  MATCH (g:Group)-[:HAS_MEMBER]->(u)
  MATCH (g)-[r:LEADS|SUPPORTS]->(t:Task)
  RETURN t, type(r) AS rel
}
RETURN u.key AS key, u.name AS unit, u.city AS city, t.documentId AS documentId, t.id AS id, t.no AS no,
       t.kind AS kind, t.text AS text,
       rel AS role
ORDER BY u.key, t.kind, toIntegerOrNull(t.no), t.no
