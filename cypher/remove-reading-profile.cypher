// Forget how a table with this header is read in this city (the undo of its first saving).
// Parameters: $city, $header
MATCH (p:ReadingProfile {city: $city, header: $header})
DELETE p
