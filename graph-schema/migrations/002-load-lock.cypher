// One load at a time: loads take turns on a lease held by the single (:LoadLock {name: 'load'}) node.
CREATE CONSTRAINT load_lock_name IF NOT EXISTS FOR (l:LoadLock) REQUIRE l.name IS UNIQUE;
