// Stores one (:Community) per community of a city's co-assignment network (after store-unit-network and
//   store-unit-figures), with its size and most frequent lead unit, so a page of communities across every city
//   is read in the order of the size index instead of grouping every unit. Replaces the city's earlier ones.
// Parameters: $city
OPTIONAL MATCH (old:Community {city: $city})
DETACH DELETE old
WITH count(*) AS replaced
MATCH (u:Unit {city: $city})
WHERE u.community IS NOT NULL
WITH u, coalesce(u.lead, 0) AS lead
ORDER BY lead DESC, u.betweenness DESC, u.name
WITH u.community AS community, collect(u) AS units
CREATE (:Community {city: $city, community: community, size: size(units),
                    leadUnit: CASE WHEN coalesce(units[0].lead, 0) > 0 THEN units[0].name END,
                    leadUnitTasks: coalesce(units[0].lead, 0)})
