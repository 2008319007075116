CYPHER 25
// 说明：每项任务的督办灯由什么决定：完成时限、通知规定的报送日期、年份和最新一次进展，以及任务上的单位和领导。
// Example parameters: {"city": "随州", "ids": null}
// Question: what decides each task's light (TaskLight): its deadline, the dates its notice sets for lead units'
//   reports (the 实施方案 date aside), its year (quarter ends apply where the notice sets no date), its latest
//   progress; and who is on it, for the roll-ups per unit and leader.
// Parameters: $city (null = every city), $ids (a list of task ids: just these tasks, as the ledger shows them;
//   null = every task of $city)
CALL () {
  WHEN $ids IS NOT NULL THEN
    MATCH (t:Task) WHERE t.id IN $ids RETURN t
  WHEN $city IS NOT NULL THEN
    MATCH (t:Task {city: $city}) RETURN t
  ELSE
    MATCH (t:Task) RETURN t
}
OPTIONAL MATCH (d:Document {id: t.documentId})
RETURN t.id AS id, t.no AS no, t.kind AS kind, t.text AS text, t.city AS city,
       toString(t.deadline) AS deadline, d.year AS year,
       COLLECT { MATCH (d)-[:SETS_RULE]->(r:ReportingRule)
                 WHERE r.role = 'LEAD' AND coalesce(r.what, '') <> '实施方案' AND (r.scope = 'ALL' OR r.scope = t.kind)
                 UNWIND r.dates AS x
                 RETURN DISTINCT toString(x) } AS reportDates,
       COLLECT { MATCH (p:Progress)-[:ON]->(t)
                 RETURN p {at: toString(p.at), .status, .percent, .note, .unit} ORDER BY p.at DESC LIMIT 1 } AS latest,
       COLLECT { MATCH (l:Leader)-[r:OVERSEES]->(t) RETURN l.name ORDER BY r.pos } AS leaders,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(t) RETURN u.name ORDER BY r.pos } AS leadUnits,
       COLLECT { MATCH (u:Unit)-[r:SUPPORTS]->(t) RETURN u.name ORDER BY r.pos } AS responsibleUnits
ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
