// 说明：结构预测的各单位瓶颈评分（不含单位组）。
// Example parameters: {"city": "随州"}
// Question: what bottleneck score did the structure predict for each unit (not groups)? Parameters: $city (null = every city)
MATCH (u:Unit)
WHERE NOT u:Group AND u.bottleneckScore IS NOT NULL AND ($city IS NULL OR u.city = $city)
RETURN u.name AS unit, u.city AS city, u.bottleneckScore AS score
