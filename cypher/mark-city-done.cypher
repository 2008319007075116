// Records, in the transaction that stored them, which data a city's figures or layout were computed from.
// Parameters: $city, $what ('figures' or 'layout'), $weights (the bottleneck weights used; null for a layout)
MERGE (v:GraphVersion {scope: $city})
  ON CREATE SET v.data = randomUUID(), v.token = randomUUID()
FOREACH (_ IN CASE WHEN $what = 'figures' THEN [1] ELSE [] END |
  SET v.figuresOf = v.data, v.figuresWeights = $weights)
FOREACH (_ IN CASE WHEN $what = 'layout' THEN [1] ELSE [] END |
  SET v.layoutOf = v.data)
