// 说明：谁在何时改了什么（最新的在前）：导入、进展填报、模板上传，每次写入一条。
// Example parameters: {"limit": 20}
// Question: who changed what, when (newest first)? Parameters: $limit
MATCH (a:Audit)
RETURN toString(a.at) AS at, a.user AS user, a.action AS action, a.target AS target, a.detail AS detail
ORDER BY a.at DESC
LIMIT $limit
