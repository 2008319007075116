package org.respnet.documents;

import java.util.List;

import org.respnet.changes.ChangeSet;
import org.respnet.changes.ChangeSets;
import org.respnet.changes.Step;
import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Removing a document: the inverse of its import, as one change set. Its progress entries go with its tasks (they
 * report on tasks that no longer exist, and the graph is left as it was before the import); the confirmation says
 * how many tasks, progress entries and report links go. 「撤销」 puts all of it back, progress entries included:
 * what the removal took away is read in its transaction and kept as its inverse (the change set's region).
 */
@Component
public class DocumentRemoval {

    static final NamedQuery<DocumentId> REMOVE_DOCUMENT = NamedQuery.of("remove-document", DocumentId.class);
    static final NamedQuery<DocumentId> FOOTPRINT = NamedQuery.of("document-footprint", DocumentId.class);
    static final NamedQuery<Removed> REGION = NamedQuery.of("removal-region", Removed.class);

    record DocumentId(String id) {
    }

    /** What a removal takes away: a document with all it holds, or some tasks of one (a revision's). */
    record Removed(String document, List<String> tasks) {
    }

    record FootprintRow(String id, String title, String docNo, String city, String scope, Integer year, long tasks,
            long progress, long reportLinks) {
    }

    /** What removing a document takes away, and the sentence the confirmation shows. */
    public record Footprint(String id, String title, String docNo, String city, String scope, Integer year, long tasks,
            long progress, long reportLinks, String confirmation) {
    }

    private final GraphReader reader;
    private final ChangeSets changes;

    DocumentRemoval(GraphReader reader, ChangeSets changes) {
        this.reader = reader;
        this.changes = changes;
    }

    /** What {@link #remove} would take away; writes nothing. */
    public Footprint footprint(String id) {
        FootprintRow row = reader.first(FOOTPRINT, new DocumentId(id), FootprintRow.class)
                .orElseThrow(() -> new NotFoundException("document", id));
        String title = row.title();
        String docNo = row.docNo();
        long tasks = row.tasks();
        long progress = row.progress();
        long links = row.reportLinks();
        String confirmation = "删除《" + (title == null ? id : title) + "》" + (docNo == null ? "" : "（" + docNo + "）")
                + "：" + tasks + " 项任务、" + progress + " 条进展记录、" + links + " 条报告关联将一并删除。"
                + "删除后可在「文件」页撤销，进展记录随之恢复。";
        return new Footprint(id, title, docNo, row.city(), row.scope(), row.year(), tasks, progress, links,
                confirmation);
    }

    /** Removes the document in one change set, audited with {@code reason}. */
    public Footprint remove(String id, String reason) {
        Footprint footprint = footprint(id);
        changes.apply(new ChangeSet(ChangeSet.Kind.REMOVE, footprint.scope(), id, "document " + id,
                footprint.confirmation(), List.of(), List.of(Step.of(REMOVE_DOCUMENT, new DocumentId(id))), List.of(),
                Step.of(REGION, new Removed(id, List.of()))), reason);
        return footprint;
    }
}
