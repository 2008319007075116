// Append one entry to the audit trail; nothing ever changes or deletes one.
// Parameters: $at (ISO date-time), $user, $action, $target, $detail
CREATE (:Audit {at: datetime($at), user: $user, action: $action, target: $target, detail: $detail})
