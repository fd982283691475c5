// title: Policies per sector per year
// description: How many policies each sector received each year.
MATCH (p:Policy)-[:IN_SECTOR]->(s:Sector)
WHERE p.date IS NOT NULL
RETURN s.name AS sector, p.date.year AS year, count(DISTINCT p) AS policies
ORDER BY sector, year
