// 说明：这份文件是什么，同一城市同一年份的通知和报告有哪些。
// Example parameters: {"id": "76fc9c4c1204"}
// Question: what is this document, and which documents of the other kind (notice ↔ report) share its
//   city and year, so tasks can be traced to passages whichever was imported first?
// Parameters: $id (document id)
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.kind AS kind, d.city AS city, d.year AS year, d.text AS text,
       COLLECT { MATCH (o:Document)
                 WHERE o.kind <> d.kind AND o.city = d.city AND o.year = d.year
                 RETURN o.id ORDER BY o.id } AS counterparts
