// 说明：和这些节点直接相连的单位、领导和任务（关系探索“展开”用）。
// Example parameters: {"units": ["随州/市发改委"], "leaders": [], "tasks": []}
// Question: which tasks, leaders and units are directly linked to these nodes (one step of the explorer)?
// Parameters: $units (unit keys), $leaders (leader keys), $tasks (task ids): the nodes to expand.
// Node ids as the explorer writes them: 'U:' + unit key, 'L:' + leader key, 'T:' + task id.
// Rows come heaviest neighbour first, so a per-node cap keeps the nodes that matter most.
// Try it in Neo4j Browser: :param units => ['随州:市发改委']; :param leaders => []; :param tasks => [];
CALL () {
  MATCH (n:Unit) WHERE n.key IN $units RETURN n
  UNION
  MATCH (n:Leader) WHERE n.key IN $leaders RETURN n
  UNION
  MATCH (n:Task) WHERE n.id IN $tasks RETURN n
}
MATCH (n)-[r:LEADS|SUPPORTS|OVERSEES|HAS_MEMBER]-(m)
WITH n, r, m, COUNT { (m)--() } AS weight
WITH CASE WHEN n:Task THEN 'T:' + n.id WHEN n:Leader THEN 'L:' + n.key ELSE 'U:' + n.key END AS from,
     CASE WHEN m:Task THEN 'T:' + m.id WHEN m:Leader THEN 'L:' + m.key ELSE 'U:' + m.key END AS to,
     startNode(r) = n AS outgoing, type(r) AS type, weight, coalesce(r.pos, 0) AS pos
RETURN from, to, type,
       CASE WHEN outgoing THEN from ELSE to END AS source,
       CASE WHEN outgoing THEN to ELSE from END AS target
ORDER BY from, weight DESC, pos, to
