// title: A policy's lineage
// description: The policies it builds on (ancestors) and those that build on it (descendants), over BUILDS_ON at any depth, ordered by date.
// param: policy string = Metrology Development Plan (2021-2035) — the policy's key or English title
MATCH (p:Policy)
WHERE p.key = $policy OR toLower(p.title) = toLower($policy)
CALL {
  WITH p
  MATCH path = (p)-[:BUILDS_ON*1..10]->(q:Policy)
  RETURN q, 'ancestor' AS direction, length(path) AS depth, [r IN relationships(path) | r.relation] AS relations
  UNION
  WITH p
  MATCH path = (q:Policy)-[:BUILDS_ON*1..10]->(p)
  RETURN q, 'descendant' AS direction, length(path) AS depth, [r IN relationships(path) | r.relation] AS relations
}
RETURN direction, q.key AS key, q.title AS title, toString(q.date) AS date, q.stub AS stub, depth, relations
ORDER BY q.date IS NULL DESC, q.date, title
