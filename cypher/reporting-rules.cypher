// Question: which reporting rules do a city's notices set? Parameters: $city (null = every city)
// 说明：通知里规定了哪些报送规则（谁、何时、向谁报送进展）。
// Example parameters: {"city": "随州"}
MATCH (d:Document {kind: 'NOTICE'})-[:SETS_RULE]->(r:ReportingRule)
WHERE $city IS NULL OR d.city = $city
RETURN d.id AS documentId, d.city AS city, r.scope AS scope, r.role AS role, r.what AS what,
       [x IN r.dates | toString(x)] AS dates, r.daysBefore AS daysBefore, r.to AS to, r.phrase AS phrase
ORDER BY d.id, r.pos
