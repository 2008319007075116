CYPHER 25
// 说明：参与瓶颈评分比较的单位有哪些（单位组与其他单位分开比较）。
// Example parameters: {"city": "随州", "groups": false}
// Question: how many units does a bottleneck ranking hold, and (within one city) the largest value of each
//   component, the denominators of the score? Across cities there is no single maximum: each unit was
//   normalized within its own city, so the maxima are null. Counts across cities come from the count store.
// Parameters: $groups, $city (null = every city)
CALL () {
  WHEN $city IS NOT NULL THEN
    MATCH (u:Unit {city: $city})
    WHERE (u:Group) = $groups
    RETURN count(u) AS total,
           {lead: toFloat(coalesce(max(u.lead), 0)), total: toFloat(coalesce(max(u.total), 0)),
            coLeadShare: coalesce(max(u.coLeadShare), 0.0), leaderFanIn: toFloat(coalesce(max(u.leaders), 0)),
            betweenness: coalesce(max(u.betweenness), 0.0),
            expandedTotal: toFloat(coalesce(max(u.expandedTotal), 0))} AS maxima
  WHEN $groups THEN
    RETURN COUNT { (:Group) } AS total, null AS maxima
  ELSE
    RETURN COUNT { (:Unit) } - COUNT { (:Group) } AS total, null AS maxima
}
RETURN total, maxima
