// The document with this content hash, if imported. Parameters: $sha256.
MATCH (d:Document {sha256: $sha256})
RETURN d.id AS id, d.kind AS kind, d.title AS title, COUNT { (d)-[:HAS_TASK]->() } AS tasks
