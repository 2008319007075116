// Append the audit entry of one change set, inside the transaction that applies it; nothing ever changes or
//   deletes one. inverse: the statements that undo it (JSON), null when it cannot be undone; undoes: the change an
//   undo reverses; tasks: ids of the tasks it changed (a task's history).
// Parameters: $at (ISO date-time), $user, $action, $target, $detail, $reason, $changeId, $scope, $documentId,
//   $tasks, $inverse, $undoes
CREATE (:Audit {at: datetime($at), user: $user, action: $action, target: $target, detail: $detail,
                reason: $reason, changeId: $changeId, scope: $scope, documentId: $documentId, tasks: $tasks,
                inverse: $inverse, undoes: $undoes})
