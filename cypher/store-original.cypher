// Keep the file a document was read from, so it can be downloaded again as it came; removed with its document.
// Parameters: $documentId, $name (the file's name as uploaded), $bytes; the version's hash (sha256) is the document's
//   own at the time, so a revised document keeps each version's file.
MATCH (d:Document {id: $documentId})
CREATE (d)-[:HAS_ORIGINAL]->(:Original {documentId: $documentId, sha256: d.sha256, name: $name, bytes: $bytes,
                                       size: size($bytes)})
