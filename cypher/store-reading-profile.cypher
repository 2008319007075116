// Keep how the clerk read a table with this header, for the city's next document with the same header; the newest
// reading of a header replaces the one before (its undo stores that one again).
// Parameters: $city, $header (the header's titles joined by |), $reading (the reading as JSON), $savedAt
MERGE (p:ReadingProfile {city: $city, header: $header})
SET p.reading = $reading, p.savedAt = $savedAt
