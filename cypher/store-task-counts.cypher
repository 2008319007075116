// Backfills the lead-unit and leader counts on one city's tasks where the importer did not store them
// (a store written before they existed); the importer sets both on every new task.
//   leadUnitCount = lead units named on the task; leaderCount = leaders named on it.
// Parameters: $city
MATCH (t:Task {city: $city})
WHERE t.leadUnitCount IS NULL OR t.leaderCount IS NULL
SET t.leadUnitCount = COUNT { (t)<-[:LEADS]-(:Unit) },
    t.leaderCount = COUNT { (t)<-[:OVERSEES]-(:Leader) }
