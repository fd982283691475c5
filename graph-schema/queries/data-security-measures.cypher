// title: Data-security measures
// description: Policies on data security, with their issuers and dates. A watch: each load reports the new ones.
// watch: true
// param: words string = data security — words the policy title contains
MATCH (p:Policy)
WHERE toLower(p.title) CONTAINS toLower($words)
OPTIONAL MATCH (p)-[:ISSUED_BY]->(a:Agency)
RETURN p.title AS policy, toString(p.date) AS date, collect(coalesce(a.abbreviation, a.name)) AS issuers
ORDER BY policy
