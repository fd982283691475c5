// Watches remember the rows they have reported, one (:Watch {name}) node per saved query marked as a watch.
CREATE CONSTRAINT watch_name IF NOT EXISTS FOR (w:Watch) REQUIRE w.name IS UNIQUE;
// Relationships name their newsletters by file (sourceFiles): the panel and digests look issues up by it.
CREATE INDEX newsletter_source IF NOT EXISTS FOR (n:Newsletter) ON (n.source);
