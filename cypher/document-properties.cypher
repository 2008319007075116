// 说明：一份文件自身的属性，修订前读取，以便撤销时恢复。
// Example parameters: {"id": "0d74ad95e180"}
// A document's own properties, read before a revision so its undo can give them back. Parameters: $id (document id)
MATCH (d:Document {id: $id})
RETURN properties(d) AS props
