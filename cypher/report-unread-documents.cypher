// 说明：哪些文件还没有读出段落、报送规则、目标和完成时限。
// Example parameters: {}
// Question: which documents have not been read for passages, rules, targets and deadlines yet (imported
//   before this existed, or by an older version)? No parameters.
MATCH (d:Document)
WHERE d.reportReadAt IS NULL
RETURN d.id AS id ORDER BY d.id
