package org.respnet.changes;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphReader;
import org.respnet.graph.GraphVersion;
import org.respnet.graph.GraphWrites;
import org.respnet.graph.GraphWrites.Statements;
import org.respnet.graph.NamedQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies change sets, the only writes of the responsibility graph: each in one transaction with the renewal of
 * its scope's change markers and its audit entry (who, when, what, the reason given and how to undo it), so a
 * crash leaves all of it or none. Committed, it publishes {@link GraphChangedEvent} per scope so stored figures,
 * layouts and search follow. Undo applies the inverse of the newest change not yet undone.
 */
@Component
public class ChangeSets {

    static final NamedQuery<ChangeRecord> RECORD_CHANGE = NamedQuery.of("record-change", ChangeRecord.class);
    static final NamedQuery<NoParameters> LAST_CHANGE = NamedQuery.of("last-change", NoParameters.class);
    static final NamedQuery<TaskId> TASK_HISTORY = NamedQuery.of("task-history", TaskId.class);

    record ChangeRecord(String at, String user, String action, String target, String detail, String reason,
            String changeId, String scope, String documentId, List<String> tasks, String inverse, String undoes) {
    }

    record NoParameters() {
    }

    record TaskId(String task) {
    }

    /** A change set as committed: its id in the audit trail. */
    public record AppliedChange(String changeId, ChangeSet change) {
    }

    /** One entry of a task's history: what was changed, by whom, when and why. */
    public record HistoryEntry(String at, String user, String action, String detail, String reason) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() {
    };

    private final GraphWrites writes;
    private final CypherQueries queries;
    private final GraphVersion version;
    private final GraphReader reader;
    private final ApplicationEventPublisher events;

    public ChangeSets(GraphWrites writes, CypherQueries queries, GraphVersion version, GraphReader reader,
            ApplicationEventPublisher events) {
        this.writes = writes;
        this.queries = queries;
        this.version = version;
        this.reader = reader;
        this.events = events;
    }

    /** Applies one change set built beforehand. */
    public AppliedChange apply(ChangeSet change, String reason) {
        return apply(tx -> List.of(change), reason).getFirst();
    }

    /**
     * Builds change sets inside the writing transaction (for builders that must read what is there in the same
     * transaction, as an import does) and applies them all in it. {@code build} may run more than once when Neo4j
     * asks for a retry.
     */
    public List<AppliedChange> apply(Function<Statements, List<ChangeSet>> build, String reason) {
        String user = currentUser();
        List<AppliedChange> applied = writes.write(tx -> {
            List<AppliedChange> done = new ArrayList<>();
            Set<String> scopes = new LinkedHashSet<>();
            for (ChangeSet change : build.apply(tx)) {
                done.add(new AppliedChange(write(tx, change, user, reason, null), change));
                if (change.kind().changesFigures()) {
                    scopes.add(change.scope() == null ? "" : change.scope());
                }
            }
            if (!scopes.isEmpty()) {
                tx.run(version.bump(scopes, true));
            }
            return done;
        });
        applied.stream().filter(a -> a.change().kind().changesFigures()).forEach(a -> events.publishEvent(new GraphChangedEvent(a.change().documentId(),
                a.change().scope() == null ? "" : a.change().scope())));
        return applied;
    }

    /**
     * Applies the inverse of the newest change set not yet undone.
     *
     * @throws NothingToUndoException when there is none, or the newest cannot be undone (a removed notice)
     */
    public AppliedChange undoLast(String reason) {
        String user = currentUser();
        AppliedChange applied = writes.write(tx -> {
            List<Map<String, Object>> rows = tx.run(queries.query(LAST_CHANGE, new NoParameters()));
            if (rows.isEmpty()) {
                throw new NothingToUndoException("没有可以撤销的修改。");
            }
            Map<String, Object> last = rows.getFirst();
            if (last.get("inverse") == null) {
                throw new NothingToUndoException("最近一次修改（" + last.get("action") + "：" + last.get("detail")
                        + "）不能撤销。");
            }
            ChangeSet undo = new ChangeSet(ChangeSet.Kind.UNDO, (String) last.get("scope"),
                    (String) last.get("documentId"), (String) last.get("target"), "撤销：" + last.get("detail"),
                    strings(last.get("tasks")), JSON.readValue((String) last.get("inverse"), STEPS), List.of());
            String id = write(tx, undo, user, reason, (String) last.get("changeId"));
            tx.run(version.bump(List.of(undo.scope() == null ? "" : undo.scope()), true));
            return new AppliedChange(id, undo);
        });
        events.publishEvent(new GraphChangedEvent(applied.change().documentId(),
                applied.change().scope() == null ? "" : applied.change().scope()));
        return applied;
    }

    /** The changes that named a task, oldest first. */
    public List<HistoryEntry> history(String taskId) {
        return reader.list(TASK_HISTORY, new TaskId(taskId), HistoryEntry.class);
    }

    private String write(Statements tx, ChangeSet change, String user, String reason, String undoes) {
        RemovedElements.Region region = change.region() == null ? null
                : RemovedElements.read(tx, change.region().toQuery(queries));
        for (Step step : change.steps()) {
            tx.run(step.toQuery(queries));
        }
        List<Step> inverse = new ArrayList<>();
        if (region != null) {
            inverse.add(region.restoreWhatIsGone(tx, queries)); // first: the rest of the undo finds them back
        }
        inverse.addAll(change.inverse());
        String changeId = UUID.randomUUID().toString();
        tx.run(queries.query(RECORD_CHANGE, new ChangeRecord(now(), user, change.kind().name(), change.target(),
                change.summary(), reason == null ? "" : reason, changeId, change.scope(), change.documentId(),
                change.tasks(), change.undoable() ? JSON.writeValueAsString(inverse) : null, undoes)));
        return changeId;
    }

    /** A list of strings as either writer returns it (the in-process one gives arrays). */
    private static List<String> strings(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        return value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static String now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** The logged-in user's name; {@code system} for the start-up import and anonymous callers. */
    public static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }

    /** Nothing to undo, or the newest change cannot be undone; the message says which, in Chinese. */
    public static final class NothingToUndoException extends ChangeRefusedException {
        NothingToUndoException(String message) {
            super(message);
        }
    }
}
