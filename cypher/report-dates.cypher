// 说明：各单位要在哪些日期报送进展，每个日期有几个单位。
// Example parameters: {"city": "随州"}
// Question: on which dates must units report, and how many units on each? Parameters: $city (null = every city)
MATCH (u:Unit)
WHERE u.reportDates IS NOT NULL AND ($city IS NULL OR u.city = $city)
UNWIND u.reportDates AS due
RETURN toString(due) AS date, count(DISTINCT u) AS units
ORDER BY date
