// Watches remember the rows they have reported, one (:Watch {name}) node per saved query marked as a watch.
CREATE CONSTRAINT watch_name IF NOT EXISTS FOR (w:Watch) REQUIRE w.name IS UNIQUE;
