// The newest change set not undone yet (undos themselves are not undone again): what 「撤销」 reverses.
// No parameters.
MATCH (a:Audit)
WHERE a.changeId IS NOT NULL AND a.action <> 'UNDO'
  AND NOT EXISTS { MATCH (:Audit {undoes: a.changeId}) }
RETURN a.changeId AS changeId, a.action AS action, a.detail AS detail, a.inverse AS inverse, a.scope AS scope,
       a.documentId AS documentId, a.target AS target, a.tasks AS tasks
ORDER BY a.at DESC
LIMIT 1
