// The file a document was read from, as it came (the current version's, after a revision).
// Parameters: $id (document id)
MATCH (d:Document {id: $id})-[:HAS_ORIGINAL]->(o:Original)
WHERE o.sha256 IS NULL OR o.sha256 = d.sha256
RETURN o.name AS name, o.bytes AS bytes
LIMIT 1
