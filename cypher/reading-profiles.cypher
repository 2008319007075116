// 说明：一个城市保存的读法（导入预览中为表格各列选定的角色、牵头规则、不是单位的词），按表头一份。
// Example parameters: {"city": "随州市"}
// The reading profiles of a city: what its clerk told the reader about tables with these headers; applied again to
// the city's next document whose table has the same header.
// Parameters: $city
MATCH (p:ReadingProfile {city: $city})
RETURN p.header AS header, p.reading AS reading, p.savedAt AS savedAt
ORDER BY p.savedAt DESC
