package org.respnet.followup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.neo4j.driver.TransactionContext;
import org.respnet.changes.ChangeSets;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.springframework.stereotype.Component;

/**
 * Who changed what, when: one {@code (:Audit {at, user, action, target, detail})} node per write (progress
 * reported, a template uploaded here; every change set of the responsibility graph, an import among them, by
 * {@link ChangeSets} in its own transaction). Only appended, never changed: no endpoint updates or
 * deletes one, and the Cypher console is read-only.
 */
@Component
public class AuditTrail {

    static final NamedQuery<AuditRecord> RECORD_AUDIT = NamedQuery.of("record-audit", AuditRecord.class);
    static final NamedQuery<Limit> AUDIT_TRAIL = NamedQuery.of("audit-trail", Limit.class);

    /** What was done. */
    enum Action { PROGRESS, UPLOAD, BULK }

    record AuditRecord(String at, String user, String action, String target, String detail) {
    }

    record Limit(int limit) {
    }

    /** One entry of the trail. */
    public record AuditEntry(String at, String user, String action, String target, String detail) {
    }

    private final CypherQueries queries;
    private final GraphReader reader;
    private final Clock clock = Clock.systemDefaultZone();

    AuditTrail(CypherQueries queries, GraphReader reader) {
        this.queries = queries;
        this.reader = reader;
    }

    /** Records a write inside the transaction that makes it, so the two commit or fail together. */
    void record(TransactionContext tx, Action action, String target, String detail) {
        tx.run(queries.query(RECORD_AUDIT, new AuditRecord(now(), currentUser(), action.name(), target, detail)))
                .consume();
    }

    /** The newest entries first. */
    public List<AuditEntry> entries(int limit) {
        return reader.list(AUDIT_TRAIL, new Limit(limit), AuditEntry.class);
    }

    String now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static String currentUser() {
        return ChangeSets.currentUser();
    }
}
