// 说明：一共导入了几份文件。
// Example parameters: {}
// How many documents the graph holds. No parameters.
MATCH (d:Document)
RETURN count(d) AS documents
