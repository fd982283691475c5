// title: Targets due in a year
// description: The targets set for the year, with the policy that sets each and its issuing bodies.
// param: year integer = 2025 — the target year
MATCH (p:Policy)-[:SETS_TARGET]->(t:Target)
WHERE t.year = $year
OPTIONAL MATCH (p)-[:ISSUED_BY]->(a:Agency)
RETURN p.title AS policy, t.text AS target, collect(coalesce(a.abbreviation, a.name)) AS issuers
ORDER BY policy, target
