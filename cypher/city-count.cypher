// Question: how many cities does the graph hold units of? No parameters.
MATCH (u:Unit)
RETURN count(DISTINCT u.city) AS cities
