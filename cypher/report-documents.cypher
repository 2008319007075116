// 说明：有哪些政府工作报告，各有多少项任务可以追溯到它。
// Example parameters: {"city": "随州"}
// Question: which work reports are there, and how many tasks of the same city and year trace to each?
// Parameters: $city (null = every city)
MATCH (d:Document {kind: 'REPORT'})
WHERE $city IS NULL OR d.city = $city
RETURN d.id AS id, d.title AS title, d.city AS city, d.year AS year,
       COUNT { (d)-[:HAS_PASSAGE]->(:Passage) } AS passages,
       COUNT { MATCH (t:Task)-[:FROM]->(:Passage)<-[:HAS_PASSAGE]-(d) RETURN DISTINCT t } AS linkedTasks
ORDER BY d.year DESC, d.city, d.id
