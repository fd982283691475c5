// Every kind of node is found by its key, and each key names one node.
CREATE CONSTRAINT newsletter_key IF NOT EXISTS FOR (n:Newsletter) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT entry_key IF NOT EXISTS FOR (n:Entry) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT policy_key IF NOT EXISTS FOR (n:Policy) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT agency_key IF NOT EXISTS FOR (n:Agency) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT firm_key IF NOT EXISTS FOR (n:Firm) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT sector_key IF NOT EXISTS FOR (n:Sector) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT target_key IF NOT EXISTS FOR (n:Target) REQUIRE n.key IS UNIQUE;
// The fields analysts filter on.
CREATE INDEX policy_date IF NOT EXISTS FOR (n:Policy) ON (n.date);
CREATE INDEX agency_abbreviation IF NOT EXISTS FOR (n:Agency) ON (n.abbreviation);
CREATE INDEX entry_date IF NOT EXISTS FOR (n:Entry) ON (n.date);
CREATE INDEX target_year IF NOT EXISTS FOR (n:Target) ON (n.year);
// Titles and names in English and Chinese; the CJK analyzer splits Chinese into bigrams.
CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Policy|Agency|Firm) ON EACH [n.title, n.titleZh, n.name, n.abbreviation, n.nameZh] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
