// 说明：总览的数字：文件、任务、单位、单位组、领导、关系各有多少。
// Example parameters: {}
// Question: how big is the graph? Every count comes from the count store. relationships counts the
//   notice's own relationships, not the derived CO_LEADS pairs. groups: units that are groups (counted in
//   units too); livelihoodTasks: 民生实事 parts (counted in tasks too); coLedTasks: tasks with two or more
//   lead units (read by the index on the stored leadUnitCount); livelihoodTasks by the index on kind. No parameters.
RETURN COUNT { (:Document) } AS documents,
       COUNT { (:Task) } AS tasks,
       COUNT { MATCH (t:Task) WHERE t.kind = 'LIVELIHOOD' } AS livelihoodTasks,
       COUNT { MATCH (t:Task) WHERE t.leadUnitCount >= 2 } AS coLedTasks,
       COUNT { (:Unit) } AS units,
       COUNT { (:Group) } AS groups,
       COUNT { (:Leader) } AS leaders,
       COUNT { ()-[:HAS_TASK]->() } + COUNT { ()-[:OVERSEES]->() } + COUNT { ()-[:LEADS]->() }
         + COUNT { ()-[:SUPPORTS]->() } + COUNT { ()-[:HAS_MEMBER]->() } AS relationships
