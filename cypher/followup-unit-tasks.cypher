CYPHER 25
// 说明：哪些单位对哪些任务负责、以何种身份（牵头或责任，本单位或所属单位组）；每条进展都按此核对。
// Example parameters: {"task": null, "unit": "市发改委", "city": "随州"}
// Question: which units answer for which tasks, and in which role: lead (LEADS) or responsible (SUPPORTS),
//   named themselves or as a member of a group named so? Every progress row is checked against this.
// Parameters (null = no filter): $task (task id), $unit (unit name), $city
CALL () {
  WHEN $task IS NOT NULL THEN
    MATCH (t:Task {id: $task}) RETURN t
  WHEN $unit IS NOT NULL THEN
    MATCH (u:Unit {name: $unit})
    WHERE $city IS NULL OR u.city = $city
    CALL (u) {
      MATCH (u)-[:LEADS|SUPPORTS]->(t:Task) RETURN t
      UNION
      MATCH (u)<-[:HAS_MEMBER]-(:Group)-[:LEADS|SUPPORTS]->(t:Task) RETURN t
    }
    RETURN DISTINCT t
  WHEN $city IS NOT NULL THEN
    MATCH (t:Task {city: $city}) RETURN t
  ELSE
    MATCH (t:Task) RETURN t
}
WITH t
WHERE $city IS NULL OR t.city = $city
MATCH (h:Unit)-[r:LEADS|SUPPORTS]->(t)
CALL (h) {
  WITH h WHERE h:Group
  MATCH (h)-[:HAS_MEMBER]->(m:Unit) WHERE NOT m:Group
  RETURN m AS u, h.name AS via
  UNION
  WITH h WHERE NOT h:Group
  RETURN h AS u, null AS via
}
WITH t, r, u, via
WHERE $unit IS NULL OR u.name = $unit
RETURN t.id AS task, t.no AS no, t.kind AS kind, t.text AS text, t.city AS city, toString(t.deadline) AS deadline,
       u.key AS unitKey, u.name AS unit, type(r) AS role, via
ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no, role, unit
