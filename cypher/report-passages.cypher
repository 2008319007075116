// Question: what are a work report's passages, in order? Parameters: $docId
MATCH (:Document {id: $docId})-[:HAS_PASSAGE]->(p:Passage)
RETURN p.no AS no, p.paragraph AS paragraph, p.part AS part, p.section AS section, p.text AS text,
       p.planning AS planning, p.heading AS heading, p.commitment AS commitment
ORDER BY p.no
