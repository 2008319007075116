// 说明：图的版本标记：每次写入后都会变，缓存的答案据此判断是否过期。
// Example parameters: {"scope": "*"}
// Question: what is the current change token of the whole graph ('*') or of one city? Read before every
//   cached answer; one seek by the unique scope. No row: nothing has been written yet.
// Parameters: $scope
MATCH (v:GraphVersion {scope: $scope})
RETURN v.token AS token
