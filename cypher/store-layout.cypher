// Stores the explorer's positions of one city's nodes, computed once after each import (explore/StoredLayout):
// x, y in the whole-city picture on every node; ux, uy in the units-only overview on units.
// Parameters: $units [{key, x, y, ux, uy}], $leaders [{key, x, y}], $tasks [{key, x, y}]
CALL () {
  UNWIND $units AS row
  MATCH (u:Unit {key: row.key})
  SET u.x = row.x, u.y = row.y, u.ux = row.ux, u.uy = row.uy
}
CALL () {
  UNWIND $leaders AS row
  MATCH (l:Leader {key: row.key})
  SET l.x = row.x, l.y = row.y
}
CALL () {
  UNWIND $tasks AS row
  MATCH (t:Task {id: row.key})
  SET t.x = row.x, t.y = row.y
}
