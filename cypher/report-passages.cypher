// 说明：一份政府工作报告按顺序分成哪些段落。
// Example parameters: {"docId": "8c32a03e97e1"}
// Question: what are a work report's passages, in order? Parameters: $docId
MATCH (:Document {id: $docId})-[:HAS_PASSAGE]->(p:Passage)
RETURN p.no AS no, p.paragraph AS paragraph, p.part AS part, p.section AS section, p.text AS text,
       p.planning AS planning, p.heading AS heading, p.commitment AS commitment
ORDER BY p.no
