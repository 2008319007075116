// Import, step 1: the document node. Parameters: $doc (map of document properties).
CREATE (d:Document)
SET d = $doc, d.importedAt = datetime()
