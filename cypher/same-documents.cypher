CYPHER 25 replan=skip
// 说明：这份通知是否已经导入过（无论什么格式）。
// Example parameters: {"documents": [{"i": 0, "sha256": "", "textHash": "", "docNo": "随政办发〔2024〕2号", "city": "随州", "year": 2024}]}
// Question: which of these notices are already in the graph, in any format (one read for a batch of imports)?
// Parameters: $documents, each {i (its place in the batch), sha256 (the content's hash), textHash (hash of the text
//   with whitespace removed and full-width forms folded, equal for the same notice as .txt, .docx or .pdf), docNo,
//   city, year (the same document number of the same city and year is the same notice; ignored when docNo is null)}.
//   One row per document found: i and the id of the document already holding it.
UNWIND $documents AS doc
CALL (doc) {
  MATCH (d:Document {sha256: doc.sha256}) RETURN d
  UNION
  MATCH (d:Document {textHash: doc.textHash}) RETURN d
  UNION
  MATCH (d:Document {docNo: doc.docNo}) WHERE d.city = doc.city AND d.year = doc.year RETURN d
}
WITH doc, d ORDER BY d.id
RETURN doc.i AS i, collect(d.id)[0] AS id
