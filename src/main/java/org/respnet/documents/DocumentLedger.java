package org.respnet.documents;

import java.util.List;
import java.util.Optional;

import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.springframework.stereotype.Component;

/** The documents as things of their own: the list of every imported document, one of them, its original file. */
@Component
public class DocumentLedger {

    static final NamedQuery<DocumentFilter> DOCUMENTS = NamedQuery.of("documents", DocumentFilter.class);
    static final NamedQuery<DocumentRemoval.DocumentId> ORIGINAL = NamedQuery.of("document-original",
            DocumentRemoval.DocumentId.class);

    record DocumentFilter(String id) {
    }

    /** One imported document: what it is, how many tasks, who imported and revised it, when. */
    public record DocumentEntry(String id, String title, String docNo, String city, String scope, Integer year,
            String kind, String format, long tasks, String importedAt, String importedBy, String revisedAt,
            String revisedBy, String originalName) {
    }

    /** The file as it came. */
    public record OriginalFile(String name, byte[] bytes) {
    }

    private final GraphReader reader;

    DocumentLedger(GraphReader reader) {
        this.reader = reader;
    }

    public List<DocumentEntry> documents() {
        return reader.list(DOCUMENTS, new DocumentFilter(null), DocumentEntry.class);
    }

    public Optional<DocumentEntry> document(String id) {
        return reader.first(DOCUMENTS, new DocumentFilter(id), DocumentEntry.class);
    }

    public Optional<OriginalFile> original(String id) {
        return reader.first(ORIGINAL, new DocumentRemoval.DocumentId(id), OriginalFile.class);
    }
}
