// Schema: constraints and indexes, applied at start-up (each statement is idempotent).
// Keys are city-scoped: every city has its own 市发改委 and its own leaders.
CREATE CONSTRAINT document_sha256 IF NOT EXISTS FOR (d:Document) REQUIRE d.sha256 IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (t:Task) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT unit_key IF NOT EXISTS FOR (u:Unit) REQUIRE u.key IS UNIQUE;
CREATE CONSTRAINT leader_key IF NOT EXISTS FOR (l:Leader) REQUIRE l.key IS UNIQUE;
CREATE INDEX unit_name IF NOT EXISTS FOR (u:Unit) ON (u.name);
CREATE INDEX leader_name IF NOT EXISTS FOR (l:Leader) ON (l.name);
CREATE INDEX task_section IF NOT EXISTS FOR (t:Task) ON (t.sectionNo);
