// 说明：一个单位所属的单位组、成员和进展填报，合并单位前读取，以便撤销时恢复。
// Example parameters: {"scope": "随州", "name": "市发改委"}
// A unit's group memberships, members and progress reports, read before a merge so its undo can give them back.
// Parameters: $scope, $name
MATCH (u:Unit {key: $scope + '/' + $name})
RETURN $scope AS scope, u.name AS name,
       COLLECT { MATCH (g:Unit)-[:HAS_MEMBER]->(u) RETURN g.name ORDER BY g.name } AS groups,
       COLLECT { MATCH (u)-[:HAS_MEMBER]->(m:Unit) RETURN m.name ORDER BY m.name } AS members,
       COLLECT { MATCH (u)-[:REPORTED]->(p:Progress) RETURN p.hash ORDER BY p.hash } AS progress
