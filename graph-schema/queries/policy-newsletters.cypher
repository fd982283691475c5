// title: Newsletters a policy appears in
// description: Each newsletter that covers or refers to the policy, with its issue date and the entry's headline.
// param: policy string = Data Security Law — the policy's key or English title
MATCH (p:Policy)
WHERE p.key = $policy OR toLower(p.title) = toLower($policy)
MATCH (n:Newsletter)-[:SUPPORTS]->(p)
OPTIONAL MATCH (n)<-[:PUBLISHED_IN]-(e:Entry)-[:COVERS]->(p)
RETURN n.source AS newsletter, toString(n.date) AS issued, e.section AS section, e.headline AS headline
ORDER BY n.date
