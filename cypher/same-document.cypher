CYPHER 25 replan=skip
// 说明：这份通知是否已经导入过（无论什么格式）。
// Example parameters: {"sha256": "", "textHash": "", "docNo": "随政办发〔2024〕2号", "city": "随州", "year": 2024}
// Question: is this notice already in the graph, in any format?
// Parameters: $sha256 (the content's hash), $textHash (hash of the text with whitespace removed and
//   full-width forms folded, equal for the same notice as .txt, .docx or .pdf), $docNo, $city, $year
//   (the same document number of the same city and year is the same notice; ignored when $docNo is null)
CALL () {
  MATCH (d:Document {sha256: $sha256}) RETURN d
  UNION
  MATCH (d:Document {textHash: $textHash}) RETURN d
  UNION
  MATCH (d:Document {docNo: $docNo}) WHERE d.city = $city AND d.year = $year RETURN d
}
RETURN d.id AS id, d.kind AS kind, d.title AS title, COUNT { (d)-[:HAS_TASK]->() } AS tasks
ORDER BY id
LIMIT 1
