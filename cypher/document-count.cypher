// How many documents the graph holds. No parameters.
MATCH (d:Document)
RETURN count(d) AS documents
