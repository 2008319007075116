// Append progress reports; an entry whose hash (task, unit, period, status, percent, note) is already in the
//   graph is skipped, so the same report or file sent twice writes nothing the second time. Never updates a
//   Progress entry; the task keeps the time and status of its newest entry (latestAt, latestStatus) so the
//   national 看板 reads one row per task instead of every entry.
// Parameters: $rows [{task, unitKey, at (ISO date-time), period, status, percent, note, by, hash}]
UNWIND $rows AS row
MATCH (t:Task {id: row.task})
MATCH (u:Unit {key: row.unitKey})
WITH row, t, u
WHERE NOT EXISTS { MATCH (:Progress {hash: row.hash}) }
CREATE (p:Progress {at: datetime(row.at), period: row.period, status: row.status, percent: row.percent,
                    note: row.note, by: row.by, unit: u.name, hash: row.hash})
CREATE (p)-[:ON]->(t)
CREATE (u)-[:REPORTED]->(p)
SET t += CASE WHEN t.latestAt IS NULL OR p.at >= t.latestAt THEN {latestAt: p.at, latestStatus: p.status} ELSE {} END
RETURN row.task AS task, t.city AS city
