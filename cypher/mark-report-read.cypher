// Mark a document as read for passages, rules, targets and deadlines. Parameters: $id
MATCH (d:Document {id: $id})
SET d.reportReadAt = datetime()
