CYPHER 25
// 说明：一份通知的总览数字：文件、任务、单位、单位组、领导、关系各有多少。
// Example parameters: {"city": "随州"}
// Question: how big is one notice's part of the graph (its scope: the city, or the city and year)? The same
//   figures as summary.cypher, read through the scope indexes: documents of the scope, its tasks, 民生实事 parts,
//   co-led tasks, units, groups, leaders and their relationships. Parameters: $city (the scope)
MATCH (t:Task {city: $city})
WITH collect(t) AS tasks
RETURN COUNT { MATCH (d:Document) WHERE coalesce(d.scope, d.city) = $city } AS documents,
       size(tasks) AS tasks,
       size([t IN tasks WHERE t.kind = 'LIVELIHOOD']) AS livelihoodTasks,
       size([t IN tasks WHERE t.leadUnitCount >= 2]) AS coLedTasks,
       COUNT { (:Unit {city: $city}) } AS units,
       COUNT { MATCH (g:Group) WHERE g.city = $city } AS groups,
       COUNT { (:Leader {city: $city}) } AS leaders,
       size(tasks) + reduce(n = 0, t IN tasks | n + COUNT { (t)<-[:OVERSEES|LEADS|SUPPORTS]-() })
         + COUNT { MATCH (:Unit {city: $city})-[m:HAS_MEMBER]->() } AS relationships
