package org.respnet.followup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.respnet.documents.GraphChangedEvent;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who changed what, when: one {@code (:Audit {at, user, action, target, detail})} node per write (a document
 * imported, progress reported, a template uploaded). Only appended, never changed: no endpoint updates or
 * deletes one, and the Cypher console is read-only.
 */
@Component
public class AuditTrail {

    static final NamedQuery<AuditRecord> RECORD_AUDIT = NamedQuery.of("record-audit", AuditRecord.class);
    static final NamedQuery<Limit> AUDIT_TRAIL = NamedQuery.of("audit-trail", Limit.class);

    /** What was done. */
    enum Action { IMPORT, PROGRESS, UPLOAD, BULK }

    record AuditRecord(String at, String user, String action, String target, String detail) {
    }

    record Limit(int limit) {
    }

    /** One entry of the trail. */
    public record AuditEntry(String at, String user, String action, String target, String detail) {
    }

    private final Driver driver;
    private final CypherQueries queries;
    private final GraphReader reader;
    private final Clock clock = Clock.systemDefaultZone();

    AuditTrail(Driver driver, CypherQueries queries, GraphReader reader) {
        this.driver = driver;
        this.queries = queries;
        this.reader = reader;
    }

    /** Records a write inside the transaction that makes it, so the two commit or fail together. */
    void record(TransactionContext tx, Action action, String target, String detail) {
        tx.run(queries.query(RECORD_AUDIT, new AuditRecord(now(), currentUser(), action.name(), target, detail)))
                .consume();
    }

    /**
     * A document import, recorded once the importer committed it (the importer belongs to {@code documents},
     * which publishes this event in the importing thread, so the user is still known; at start-up it is
     * {@code system}).
     */
    @EventListener
    void graphChanged(GraphChangedEvent event) {
        try (Session session = driver.session(SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build())) {
            session.executeWriteWithoutResult(tx -> record(tx, Action.IMPORT, "document " + event.documentId(),
                    event.city().isEmpty() ? "" : "city " + event.city()));
        }
    }

    /** The newest entries first. */
    public List<AuditEntry> entries(int limit) {
        return reader.list(AUDIT_TRAIL, new Limit(limit), AuditEntry.class);
    }

    String now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
