CYPHER 25
// 说明：全国督办看板的依据：各城市的任务按灯号取决的一切（通知、类别、完成时限、是否共同牵头、最新进展的日期和状态）分组计数。
// Example parameters: {}
// Question: what does every city's 看板 total rest on? One row per group of tasks that share all a light depends on
//   (document, kind, deadline, co-led or not, day and status of the newest report), read from the newest report
//   kept on each task (record-progress.cypher), so the national answer never reads the progress entries
//   themselves; a task with reports but nothing kept (progress stored before latestAt existed) reads its newest.
// Parameters: none
MATCH (t:Task)
WITH t, CASE WHEN t.latestAt IS NULL
          THEN COLLECT { MATCH (p:Progress)-[:ON]->(t) RETURN p {.at, .status} ORDER BY p.at DESC LIMIT 1 }
          ELSE [{at: t.latestAt, status: t.latestStatus}] END AS latest
RETURN t.city AS city, t.documentId AS document, t.kind AS kind, toString(t.deadline) AS deadline,
       coalesce(t.leadUnitCount, 0) >= 2 AS coLed, toString(date(latest[0].at)) AS latestOn,
       latest[0].status AS latestStatus, count(*) AS tasks
