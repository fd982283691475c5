// title: An agency's policies by year
// description: Every policy the agency issued or co-issued, grouped by year, newest year first, with the bodies it issued each with.
// param: agency string = MIIT — the agency's abbreviation, registry key or English name
MATCH (a:Agency)
WHERE a.abbreviation = $agency OR a.key = 'agency:' + toLower($agency) OR toLower(a.name) = toLower($agency)
MATCH (p:Policy)-[:ISSUED_BY]->(a)
OPTIONAL MATCH (p)-[:ISSUED_BY]->(other:Agency) WHERE other <> a
WITH p, collect(coalesce(other.abbreviation, other.name)) AS coIssuers
ORDER BY p.date DESC, p.title
WITH p.date.year AS year, collect({key: p.key, title: p.title, date: toString(p.date), coIssuers: coIssuers}) AS policies
RETURN year, size(policies) AS count, policies
ORDER BY year DESC
