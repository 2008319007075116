// A document's own properties, read before a revision so its undo can give them back. Parameters: $id (document id)
MATCH (d:Document {id: $id})
RETURN properties(d) AS props
