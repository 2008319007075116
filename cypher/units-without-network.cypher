// Question: how many units lack stored network figures (so they must be computed at start-up)? No parameters.
MATCH (u:Unit)
WHERE u.betweenness IS NULL
RETURN count(u) AS units
