CYPHER 25 replan=skip
// 说明：这份通知是否已经导入过（无论什么格式），或是已导入文件的修订版。
// Example parameters: {"documents": [{"i": 0, "sha256": "", "textHash": "", "docNo": "随政办发〔2024〕2号", "city": "随州", "year": 2024}]}
// Question: which notices of an import batch the graph holds already: the same content (file hash, or the text without its
//   spacing, so another format of the same notice) is the same notice (id); the same 文号 of the same city and year
//   with other content is a revised version of that document (revisionOf).
// Parameters: $documents [{i, sha256, textHash, docNo, city, year}]
UNWIND $documents AS doc
OPTIONAL CALL (doc) {
  MATCH (d:Document {sha256: doc.sha256}) RETURN d
  UNION
  MATCH (d:Document {textHash: doc.textHash}) RETURN d
}
WITH doc, d ORDER BY d.id
WITH doc, collect(d.id)[0] AS id
OPTIONAL CALL (doc, id) {
  MATCH (r:Document {docNo: doc.docNo})
  WHERE id IS NULL AND r.city = doc.city AND r.year = doc.year
  RETURN r.id AS revisionOf ORDER BY r.id LIMIT 1
}
WITH doc, id, revisionOf
WHERE id IS NOT NULL OR revisionOf IS NOT NULL
RETURN doc.i AS i, id, revisionOf
