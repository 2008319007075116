CYPHER 25
// 说明：每份通知的年份和它为牵头单位规定的报送日期（按适用范围），用于判断全国看板各组任务的灯号。
// Example parameters: {}
// Question: for each document, its year and the dates its reporting rules set for lead units, by scope (ALL, KEY,
//   LIVELIHOOD), the 实施方案 date aside — what followup-task-states.cypher reads per task, read once per document.
// Parameters: none
MATCH (d:Document)
RETURN d.id AS document, d.year AS year,
       COLLECT { MATCH (d)-[:SETS_RULE]->(r:ReportingRule)
                 WHERE r.role = 'LEAD' AND coalesce(r.what, '') <> '实施方案'
                 UNWIND r.dates AS x
                 RETURN DISTINCT {scope: r.scope, date: toString(x)} } AS dates
