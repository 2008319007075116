// Remove the original file kept for one version of a document (the undo of a revision, whose file it was).
// Parameters: $documentId, $sha256 (the version's hash)
MATCH (:Document {id: $documentId})-[:HAS_ORIGINAL]->(o:Original {sha256: $sha256})
DETACH DELETE o
