// Search reaches entries' headlines and text and sectors too, besides titles and names (English and Chinese).
DROP INDEX search IF EXISTS;
CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Policy|Agency|Firm|Sector|Entry) ON EACH [n.title, n.titleZh, n.name, n.abbreviation, n.nameZh, n.headline, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
