// 说明：删除一份文件会带走什么：任务、进展记录、报告关联各多少。
// Example parameters: {"id": "cc78cbd2ab74"}
// Question: what goes when a document is removed? Parameters: $id (document id)
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.title AS title, d.docNo AS docNo, d.city AS city, coalesce(d.scope, d.city) AS scope,
       d.year AS year,
       COUNT { (d)-[:HAS_TASK]->(:Task) } AS tasks,
       COUNT { (d)-[:HAS_TASK]->(:Task)<-[:ON]-(:Progress) } AS progress,
       COUNT { (d)-[:HAS_TASK]->(:Task)-[:FROM]->() } AS reportLinks
