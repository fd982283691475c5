// title: Firms next to a sector's policies
// description: Firms mentioned in the entries that cover the sector's policies, with how many entries mention them.
// param: sector string = Batteries and energy storage — the sector's name or key
MATCH (s:Sector)
WHERE s.key = $sector OR s.key = 'sector:' + $sector OR toLower(s.name) = toLower($sector)
MATCH (s)<-[:IN_SECTOR]-(:Policy)<-[:COVERS]-(e:Entry)-[:MENTIONS]->(f:Firm)
RETURN f.name AS firm, count(DISTINCT e) AS entries
ORDER BY entries DESC, firm
