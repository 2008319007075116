// Stores the co-assignment network figures on each unit (computed in Java with GraphStream).
// Parameters: $rows [{key, betweenness, degree, weightedDegree, community}], $computedAt (datetime)
UNWIND $rows AS row
MATCH (u:Unit {key: row.key})
SET u.betweenness = row.betweenness,
    u.degree = row.degree,
    u.weightedDegree = row.weightedDegree,
    u.community = row.community,
    u.networkComputedAt = $computedAt
