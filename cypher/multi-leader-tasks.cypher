// Question: which tasks name two or more responsible leaders (责任领导)?
// Parameters: $city (null = every city)
// Try it in Neo4j Browser: :param city => null;
MATCH (t:Task)
WHERE ($city IS NULL OR t.city = $city) AND COUNT { (t)<-[:OVERSEES]-(:Leader) } >= 2
RETURN t.id AS id,
       t.no AS no,
       t.kind AS kind,
       split(t.text, '。')[0] AS title,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(t) RETURN u.name ORDER BY r.pos } AS leadUnits,
       COLLECT { MATCH (l:Leader)-[r:OVERSEES]->(t) RETURN l.name ORDER BY r.pos } AS leaders
ORDER BY t.documentId, t.kind, toIntegerOrNull(t.no), t.no
