// Question: how many tasks does each leader oversee, through how many lead units?
// Parameters: $city (null = every city)
MATCH (l:Leader)
WHERE $city IS NULL OR l.city = $city
RETURN l.name AS name,
       l.city AS city,
       COUNT { (l)-[:OVERSEES]->(:Task) } AS tasks,
       size(COLLECT { MATCH (l)-[:OVERSEES]->(:Task)<-[:LEADS]-(u:Unit) RETURN DISTINCT u.key }) AS leadUnits
ORDER BY tasks DESC, name
