// Schema: constraints and indexes, applied at start-up (each statement is idempotent).
// Keys are city-scoped: every city has its own 市发改委 and its own leaders.
CREATE CONSTRAINT document_sha256 IF NOT EXISTS FOR (d:Document) REQUIRE d.sha256 IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (t:Task) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT unit_key IF NOT EXISTS FOR (u:Unit) REQUIRE u.key IS UNIQUE;
CREATE CONSTRAINT leader_key IF NOT EXISTS FOR (l:Leader) REQUIRE l.key IS UNIQUE;
// The same notice in another format is found by its normalised text or its document number.
CREATE INDEX document_text_hash IF NOT EXISTS FOR (d:Document) ON (d.textHash);
CREATE INDEX document_doc_no IF NOT EXISTS FOR (d:Document) ON (d.docNo);
CREATE INDEX unit_name IF NOT EXISTS FOR (u:Unit) ON (u.name);
CREATE INDEX leader_name IF NOT EXISTS FOR (l:Leader) ON (l.name);
CREATE INDEX task_section IF NOT EXISTS FOR (t:Task) ON (t.sectionNo);
// City filters: every per-city question and the per-city recompute start from these.
CREATE INDEX unit_city IF NOT EXISTS FOR (u:Unit) ON (u.city);
CREATE INDEX task_city IF NOT EXISTS FOR (t:Task) ON (t.city);
CREATE INDEX leader_city IF NOT EXISTS FOR (l:Leader) ON (l.city);
// Ranked lists read in index order (ORDER BY … DESC LIMIT walks the index backwards and stops).
CREATE INDEX unit_total IF NOT EXISTS FOR (u:Unit) ON (u.total);
CREATE INDEX unit_expanded_total IF NOT EXISTS FOR (u:Unit) ON (u.expandedTotal);
CREATE INDEX unit_bottleneck_score IF NOT EXISTS FOR (u:Unit) ON (u.bottleneckScore);
CREATE INDEX group_bottleneck_score IF NOT EXISTS FOR (g:Group) ON (g.bottleneckScore);
CREATE INDEX leader_tasks IF NOT EXISTS FOR (l:Leader) ON (l.tasks);
// Co-led and multi-leader tasks are found by index, not by counting relationships of every task.
CREATE INDEX task_lead_unit_count IF NOT EXISTS FOR (t:Task) ON (t.leadUnitCount);
CREATE INDEX task_leader_count IF NOT EXISTS FOR (t:Task) ON (t.leaderCount);
CREATE INDEX unit_figures_weights IF NOT EXISTS FOR (u:Unit) ON (u.figuresWeights);
CREATE INDEX task_document IF NOT EXISTS FOR (t:Task) ON (t.documentId);
CREATE INDEX co_leads_tasks IF NOT EXISTS FOR ()-[p:CO_LEADS]-() ON (p.tasks);
// Report passages are found by id when tasks are linked to them, and by document when a report is shown.
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (p:Passage) REQUIRE p.id IS UNIQUE;
CREATE INDEX passage_document IF NOT EXISTS FOR (p:Passage) ON (p.documentId);
CREATE INDEX task_deadline IF NOT EXISTS FOR (t:Task) ON (t.deadline);
// Follow-up: a progress entry's hash makes a report sent twice a no-op; the audit trail is read newest first.
CREATE CONSTRAINT progress_hash IF NOT EXISTS FOR (p:Progress) REQUIRE p.hash IS UNIQUE;
CREATE INDEX audit_at IF NOT EXISTS FOR (a:Audit) ON (a.at);
CREATE INDEX audit_change IF NOT EXISTS FOR (a:Audit) ON (a.changeId);
CREATE INDEX audit_undoes IF NOT EXISTS FOR (a:Audit) ON (a.undoes);
// Change markers: one per city and one for the whole graph ('*'), read before every cached answer.
CREATE CONSTRAINT graph_version_scope IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.scope IS UNIQUE;
// Communities across cities are paged in size order; their members found by city and community.
CREATE INDEX community_size IF NOT EXISTS FOR (c:Community) ON (c.size);
CREATE INDEX community_city IF NOT EXISTS FOR (c:Community) ON (c.city);
CREATE INDEX unit_city_community IF NOT EXISTS FOR (u:Unit) ON (u.city, u.community);
// The summary counts 民生实事 parts by kind through this index, not by reading every task.
CREATE INDEX task_kind IF NOT EXISTS FOR (t:Task) ON (t.kind);
// A city's reading profiles are read at every preview and import of one of its documents.
CREATE INDEX reading_profile_city IF NOT EXISTS FOR (p:ReadingProfile) ON (p.city, p.header);
