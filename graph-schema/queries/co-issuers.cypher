// title: Co-issuers of an agency
// description: The agencies that issued policies together with the agency, with how many policies they share.
// param: agency string = MIIT — the agency's abbreviation, registry key or English name
MATCH (a:Agency)
WHERE a.abbreviation = $agency OR a.key = 'agency:' + toLower($agency) OR toLower(a.name) = toLower($agency)
MATCH (a)<-[:ISSUED_BY]-(p:Policy)-[:ISSUED_BY]->(co:Agency)
WHERE co <> a
RETURN co.name AS agency, co.abbreviation AS abbreviation, co.key AS key, count(DISTINCT p) AS policies
ORDER BY policies DESC, agency
