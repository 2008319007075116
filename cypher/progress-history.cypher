// 说明：一项任务报过哪些进展，最新的在前。
// Example parameters: {"task": "76fc9c4c1204-K1"}
// Question: what has been reported on a task, newest first? Parameters: $task (task id)
MATCH (p:Progress)-[:ON]->(:Task {id: $task})
OPTIONAL MATCH (u:Unit)-[:REPORTED]->(p)
RETURN toString(p.at) AS at, p.period AS period, p.status AS status, p.percent AS percent, p.note AS note,
       p.by AS by, u.name AS unit
ORDER BY p.at DESC
