// Stores each unit's bottleneck score and its parts (computed in Java by BottleneckRanking within
// the unit's city and population: groups apart from other units), and the weights they were computed
// with, so a change of weights is noticed at start-up.
// Parameters: $rows [{key, score, lead, total, coLeadShare, leaderFanIn, betweenness, expandedTotal}], $weights (string)
UNWIND $rows AS row
MATCH (u:Unit {key: row.key})
SET u.bottleneckScore = row.score,
    u.partLead = row.lead,
    u.partTotal = row.total,
    u.partCoLeadShare = row.coLeadShare,
    u.partLeaderFanIn = row.leaderFanIn,
    u.partBetweenness = row.betweenness,
    u.partExpandedTotal = row.expandedTotal,
    u.figuresWeights = $weights
