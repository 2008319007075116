// 说明：导入过的文件：标题、文号、城市、年份、类别、任务数，谁在何时导入、修订。
// Example parameters: {"id": null}
// Question: which documents are in the graph (newest first), or one of them ($id)? scope: where its tasks' figures
//   live (the city, or the city and year when the city has notices of several years); importedBy/revisedBy from the
//   audit trail. Parameters: $id (null = every document)
MATCH (d:Document)
WHERE $id IS NULL OR d.id = $id
RETURN d.id AS id, d.title AS title, d.docNo AS docNo, d.city AS city, coalesce(d.scope, d.city) AS scope,
       d.year AS year, d.kind AS kind, d.format AS format,
       COUNT { (d)-[:HAS_TASK]->() } AS tasks,
       toString(d.importedAt) AS importedAt,
       COLLECT { MATCH (a:Audit {documentId: d.id}) WHERE a.action = 'IMPORT' RETURN a.user ORDER BY a.at DESC }[0]
         AS importedBy,
       COLLECT { MATCH (a:Audit {documentId: d.id}) WHERE a.action = 'REVISE'
                 RETURN toString(a.at) ORDER BY a.at DESC }[0] AS revisedAt,
       COLLECT { MATCH (a:Audit {documentId: d.id}) WHERE a.action = 'REVISE' RETURN a.user ORDER BY a.at DESC }[0]
         AS revisedBy,
       COLLECT { MATCH (d)-[:HAS_ORIGINAL]->(o) WHERE o.sha256 IS NULL OR o.sha256 = d.sha256 RETURN o.name }[0]
         AS originalName
ORDER BY d.year DESC, d.importedAt DESC, d.id
