// Question: which reporting rules do a city's notices set? Parameters: $city (a notice's scope; null = every
//   notice), so a city's notice of another year keeps its own calendar
// 说明：通知里规定了哪些报送规则（谁、何时、向谁报送进展）。
// Example parameters: {"city": "随州"}
MATCH (d:Document {kind: 'NOTICE'})-[:SETS_RULE]->(r:ReportingRule)
WITH d, r, coalesce(d.scope, d.city) AS scope
WHERE $city IS NULL OR scope = $city
RETURN d.id AS documentId, scope AS city, r.scope AS scope, r.role AS role, r.what AS what,
       [x IN r.dates | toString(x)] AS dates, r.daysBefore AS daysBefore, r.to AS to, r.phrase AS phrase
ORDER BY d.id, r.pos
