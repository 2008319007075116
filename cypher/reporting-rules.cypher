// Question: which reporting rules do a city's notices set? Parameters: $city (null = every city)
MATCH (d:Document {kind: 'NOTICE'})-[:SETS_RULE]->(r:ReportingRule)
WHERE $city IS NULL OR d.city = $city
RETURN d.id AS documentId, d.city AS city, r.scope AS scope, r.role AS role, r.what AS what,
       [x IN r.dates | toString(x)] AS dates, r.daysBefore AS daysBefore, r.to AS to, r.phrase AS phrase
ORDER BY d.id, r.pos
