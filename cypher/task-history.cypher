// 说明：一项任务的修改记录：导入、调整分工、修订、撤销，谁、何时、为什么。
// Example parameters: {"task": "suizhou-2024-K11"}
// Question: what happened to a task's assignment, oldest first? Parameters: $task (task id)
MATCH (a:Audit)
WHERE $task IN a.tasks
RETURN toString(a.at) AS at, a.user AS user, a.action AS action, a.detail AS detail, a.reason AS reason
ORDER BY a.at
