// Question: which documents have not been read for passages, rules, targets and deadlines yet (imported
//   before this existed, or by an older version)? No parameters.
MATCH (d:Document)
WHERE d.reportReadAt IS NULL
RETURN d.id AS id ORDER BY d.id
