// 说明：图的指纹：节点和关系的数量，用来判断图有没有变。
// Example parameters: {}
// Question: what does the graph hold, in a form two moments can be compared by? Nodes per label,
//   relationships per type, and the ids of the documents present. No parameters.
RETURN COLLECT { MATCH (d:Document) RETURN d.id ORDER BY d.id } AS documents,
       COUNT { (:Document) } AS documentNodes,
       COUNT { (:Task) } AS tasks,
       COUNT { (:Unit) } AS units,
       COUNT { (:Leader) } AS leaders,
       COUNT { ()-[:HAS_TASK]->() } AS hasTask,
       COUNT { ()-[:OVERSEES]->() } AS oversees,
       COUNT { ()-[:LEADS]->() } AS leads,
       COUNT { ()-[:SUPPORTS]->() } AS supports,
       COUNT { ()-[:HAS_MEMBER]->() } AS hasMember
