// Change a document's properties (a revised notice's content hash, text and title); a null removes one.
// Parameters: $id (document id), $props
MATCH (d:Document {id: $id})
SET d += $props
