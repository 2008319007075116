// Question: who changed what, when (newest first)? Parameters: $limit
MATCH (a:Audit)
RETURN toString(a.at) AS at, a.user AS user, a.action AS action, a.target AS target, a.detail AS detail
ORDER BY a.at DESC
LIMIT $limit
