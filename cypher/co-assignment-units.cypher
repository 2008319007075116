// Question: which units are the nodes of the co-assignment network? Every unit, in key order so
//   the network is built the same way every time. No parameters.
MATCH (u:Unit)
RETURN u.key AS key
ORDER BY key
