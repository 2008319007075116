// Store each unit's reporting dates (its calendar's days) for one city, replacing earlier ones, so the
//   dashboard counts the units due on a date from the units themselves.
// Parameters: $city, $rows [{key, dates (ISO dates)}]
CALL () {
  MATCH (u:Unit {city: $city})
  WHERE u.reportDates IS NOT NULL
  REMOVE u.reportDates
}
UNWIND $rows AS row
MATCH (u:Unit {key: row.key})
SET u.reportDates = [x IN row.dates | date(x)]
