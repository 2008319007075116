// 说明：一份文件导入时的原文件（修订后为当前版本的原文件）。
// Example parameters: {"id": "0d74ad95e180"}
// The file a document was read from, as it came (the current version's, after a revision).
// Parameters: $id (document id)
MATCH (d:Document {id: $id})-[:HAS_ORIGINAL]->(o:Original)
WHERE o.sha256 IS NULL OR o.sha256 = d.sha256
RETURN o.name AS name, o.bytes AS bytes
LIMIT 1
