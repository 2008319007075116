// 说明：一份通知的单位任务数、领导任务数和共同牵头单位对，年度对比用。
// Example parameters: {"scope": "随州"}
// Question: what did a notice give each unit and leader, and which units led tasks together? Counted from the
//   notice's own links (not the stored figures), so two notices compare on the same footing.
//   units: lead (distinct tasks led), total (distinct tasks on); leaders: tasks overseen; pairs: unit pairs with the
//   tasks they both lead. Parameters: $scope (a notice's scope: the city, or the city and year)
CALL () {
  MATCH (u:Unit {city: $scope})
  WHERE EXISTS { (u)-[:LEADS|SUPPORTS]->(:Task) }
  RETURN collect({name: u.name, lead: COUNT { (u)-[:LEADS]->(:Task) },
                  total: COUNT { MATCH (u)-[:LEADS|SUPPORTS]->(t:Task) RETURN DISTINCT t }}) AS units
}
CALL () {
  MATCH (l:Leader {city: $scope})
  RETURN collect({name: l.name, tasks: COUNT { (l)-[:OVERSEES]->(:Task) }}) AS leaders
}
CALL () {
  OPTIONAL MATCH (a:Unit {city: $scope})-[:LEADS]->(t:Task)<-[:LEADS]-(b:Unit)
  WHERE a.name < b.name
  WITH a.name AS a, b.name AS b, count(DISTINCT t) AS tasks
  WHERE a IS NOT NULL
  RETURN collect({a: a, b: b, tasks: tasks}) AS pairs
}
RETURN units, leaders, pairs
