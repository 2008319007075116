// Question: how big is the graph? No parameters.
RETURN COUNT { (:Document) } AS documents,
       COUNT { (:Task) } AS tasks,
       COUNT { (:Unit) } AS units,
       COUNT { (:Leader) } AS leaders,
       COUNT { ()-[]->() } AS relationships
