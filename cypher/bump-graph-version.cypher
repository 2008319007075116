CYPHER 25 replan=skip
// Marks what a write transaction changed, inside that transaction: the whole graph ('*') and each city
//   touched get a new token, so answers cached under the old one (on any instance of a cluster) are
//   no longer served. $data: the notice data itself changed (an import), so the city's stored figures
//   and explorer layout are stale until they are computed again (figures-done / layout-done).
// Parameters: $cities (names; '' or null = no city), $data (boolean)
UNWIND ['*'] + [c IN $cities WHERE c IS NOT NULL AND c <> '' | c] AS scope
WITH DISTINCT scope
MERGE (v:GraphVersion {scope: scope})
SET v.token = randomUUID(),
    v.data = CASE WHEN $data OR v.data IS NULL THEN randomUUID() ELSE v.data END
