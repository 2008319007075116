CYPHER 25
// 说明：每位市领导分管多少项任务，从多到少。
// Example parameters: {"city": "随州", "offset": 0, "limit": 10}
// Question: how many tasks does each leader oversee, through how many lead units and units in all, how many
//   of them co-led? Reads the figures
//   stored by store-leader-figures.cypher; one page, busiest first.
// Parameters: $city (null = every city), $offset, $limit
CALL () {
  WHEN $city IS NOT NULL THEN
    MATCH (l:Leader {city: $city})
    RETURN l
    ORDER BY l.tasks DESC, l.name
    SKIP $offset LIMIT $limit
  ELSE
    MATCH (l:Leader)
    WHERE l.tasks IS NOT NULL
    RETURN l
    ORDER BY l.tasks DESC, l.name, l.city
    SKIP $offset LIMIT $limit
}
RETURN l.name AS name,
       l.city AS city,
       coalesce(l.tasks, 0) AS tasks,
       coalesce(l.leadUnits, 0) AS leadUnits,
       coalesce(l.units, 0) AS units,
       coalesce(l.coLedTasks, 0) AS coLedTasks
