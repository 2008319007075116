// Which of these nodes and relationships are still there (by element id): what a removal left of the region it read
//   (removal-region never holds the audit trail).
// Parameters: $nodes, $relationships (element ids)
CALL () {
  UNWIND $nodes AS ref
  MATCH (n) WHERE elementId(n) = ref AND NOT n:Audit
  RETURN collect(ref) AS nodes
}
CALL () {
  UNWIND $relationships AS ref
  MATCH ()-[r]->() WHERE elementId(r) = ref
  RETURN collect(ref) AS relationships
}
RETURN nodes, relationships
