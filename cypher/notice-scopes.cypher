// 说明：一份通知的单位、领导、任务和数字归入哪个范围（同一城市不同年份的通知各自统计）。
// Example parameters: {"notices": [{"i": 0, "city": "随州", "year": 2025}]}
// Which scope a notice's units, leaders, tasks and figures live in, so a city's notices of different years are never
//   summed: the scope of an imported notice of the same city and year if there is one (a revision, another format),
//   and how many notices of the city's other years the graph holds (none: the scope is the city's name).
// Parameters: $notices [{i, city, year}]
UNWIND $notices AS n
CALL (n) {
  MATCH (d:Document {city: n.city})
  WHERE d.kind = 'NOTICE'
  RETURN collect(CASE WHEN d.year = n.year THEN coalesce(d.scope, d.city) END)[0] AS same,
         count(CASE WHEN d.year IS NULL OR n.year IS NULL OR d.year <> n.year THEN 1 END) AS others
}
RETURN n.i AS i, same, others
