CYPHER 25
// 说明：按条件查任务：单位（可写简称）及其角色、共同牵头的几个单位、领导、篇章、关键词、是否共同牵头。
// Example parameters: {"id": null, "units": ["市发改委"], "role": "lead", "leadUnits": null, "leader": null, "section": null, "q": null, "coLedOnly": false, "dueFrom": null, "dueTo": null, "city": "随州", "offset": 0, "limit": 20}
// Question: which tasks match these filters, and who answers for each?
// Parameters (null = no filter): $id, $units (the names a unit filter stands for: the unit's own, or every
//   name containing what the clerk typed, see unit-names.cypher), $role ('lead': tasks the unit leads; 'responsible':
//   tasks it is responsible on but does not lead, as the workload counts them; null: either),
//   $leadUnits (a list of names: tasks every one of them leads, a co-lead pair's tasks), $leader,
//   $section (numeral 一… or heading text), $q (text contains, or the task number), $city,
//   $coLedOnly (boolean: two or more lead units), $offset, $limit,
//   $dueFrom, $dueTo (ISO dates: the task's deadline on or after / on or before)
//   The candidates come from the most selective index given (id, unit, lead units, leader, city, co-led),
//   then every filter applies to them.
CALL () {
  WHEN $id IS NOT NULL THEN
    MATCH (t:Task {id: $id}) RETURN t
  WHEN $units IS NOT NULL AND $city IS NOT NULL THEN
    // unit and leader keys are "<city>/<name>" (ImportPlan), unique: one node, not one per city
    MATCH (holder:Unit)-[:LEADS|SUPPORTS]->(t:Task) WHERE holder.key IN [n IN $units | $city + '/' + n]
    RETURN DISTINCT t
  WHEN $units IS NOT NULL THEN
    MATCH (holder:Unit)-[:LEADS|SUPPORTS]->(t:Task) WHERE holder.name IN $units RETURN DISTINCT t
  WHEN $leadUnits IS NOT NULL AND size($leadUnits) > 0 AND $city IS NOT NULL THEN
    MATCH (:Unit {key: $city + '/' + $leadUnits[0]})-[:LEADS]->(t:Task) RETURN DISTINCT t
  WHEN $leadUnits IS NOT NULL AND size($leadUnits) > 0 THEN
    MATCH (:Unit {name: $leadUnits[0]})-[:LEADS]->(t:Task) RETURN DISTINCT t
  WHEN $leader IS NOT NULL AND $city IS NOT NULL THEN
    MATCH (:Leader {key: $city + '/' + $leader})-[:OVERSEES]->(t:Task) RETURN DISTINCT t
  WHEN $leader IS NOT NULL THEN
    MATCH (:Leader {name: $leader})-[:OVERSEES]->(t:Task) RETURN DISTINCT t
  WHEN $city IS NOT NULL THEN
    MATCH (t:Task {city: $city}) RETURN t
  WHEN $coLedOnly THEN
    MATCH (t:Task) WHERE t.leadUnitCount >= 2 RETURN t
  ELSE
    MATCH (t:Task) RETURN t
}
WITH t
WHERE ($id IS NULL OR t.id = $id)
  AND ($city IS NULL OR t.city = $city)
  AND ($section IS NULL OR t.sectionNo = $section OR t.section = $section)
  AND ($q IS NULL OR t.no = $q OR t.text CONTAINS $q OR coalesce(t.item, '') CONTAINS $q)
  AND ($units IS NULL OR EXISTS {
         MATCH (t)<-[named:LEADS|SUPPORTS]-(named_unit:Unit)
         WHERE named_unit.name IN $units
           AND ($role IS NULL OR ($role = 'lead' AND type(named) = 'LEADS')
                OR ($role = 'responsible' AND type(named) = 'SUPPORTS' AND NOT EXISTS { (t)<-[:LEADS]-(named_unit) })) })
  AND ($leadUnits IS NULL OR all(n IN $leadUnits WHERE EXISTS { (t)<-[:LEADS]-(:Unit {name: n}) }))
  AND ($leader IS NULL OR EXISTS { (t)<-[:OVERSEES]-(:Leader {name: $leader}) })
  AND (NOT $coLedOnly OR t.leadUnitCount >= 2)
  AND ($dueFrom IS NULL OR t.deadline >= date($dueFrom))
  AND ($dueTo IS NULL OR t.deadline <= date($dueTo))
WITH t
ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
SKIP $offset LIMIT $limit
RETURN t.id AS id, t.no AS no, t.kind AS kind, t.text AS text,
       t.sectionNo AS sectionNo, t.section AS section, t.action AS action, t.item AS item,
       t.documentId AS documentId, t.city AS city, t.leadRule AS leadRule, t.where AS where,
       COLLECT { MATCH (l:Leader)-[r:OVERSEES]->(t) RETURN l.name ORDER BY r.pos } AS leaders,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(t)
                 RETURN {name: u.name, kind: u.kind, office: r.office} ORDER BY r.pos } AS leadUnits,
       COLLECT { MATCH (u:Unit)-[r:SUPPORTS]->(t)
                 RETURN {name: u.name, kind: u.kind, office: r.office} ORDER BY r.pos } AS responsibleUnits,
       toString(t.deadline) AS deadline, t.deadlinePhrase AS deadlinePhrase,
       COLLECT { MATCH (t)-[:HAS_TARGET]->(g:Target)
                 RETURN g {.metric, .change, .value, .upper, .unit, .comparator, .phrase} ORDER BY g.pos } AS targets,
       COLLECT { MATCH (t)-[f:FROM]->(p:Passage)
                 RETURN {documentId: p.documentId, no: p.no, text: p.text, score: f.score, method: f.method}
                 ORDER BY p.documentId, p.no } AS passages
