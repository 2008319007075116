// 说明：按文件指纹（SHA-256）查一份已导入的文件。
// Example parameters: {"sha256": ""}
// The document with this content hash, if imported. Parameters: $sha256.
MATCH (d:Document {sha256: $sha256})
RETURN d.id AS id, d.kind AS kind, d.title AS title, COUNT { (d)-[:HAS_TASK]->() } AS tasks
