// 说明：总览的数字：文件、任务、单位、单位组、领导、关系各有多少。
// Example parameters: {}
// Question: how big is the graph? Every count comes from the count store. relationships counts the
//   notice's own relationships, not the derived CO_LEADS pairs. No parameters.
RETURN COUNT { (:Document) } AS documents,
       COUNT { (:Task) } AS tasks,
       COUNT { (:Unit) } AS units,
       COUNT { (:Leader) } AS leaders,
       COUNT { ()-[:HAS_TASK]->() } + COUNT { ()-[:OVERSEES]->() } + COUNT { ()-[:LEADS]->() }
         + COUNT { ()-[:SUPPORTS]->() } + COUNT { ()-[:HAS_MEMBER]->() } AS relationships
