package org.respnet.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.Problem;
import org.respnet.ingest.TextDecoder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/** Decode, parse, then import or reject whole: the one path every document takes into the graph. */
@Service
public class DocumentService {

    private final NoticeParser parser = new NoticeParser();
    private final DocumentImporter importer;
    private final ImportFolder folder;
    private final ApplicationEventPublisher events;

    DocumentService(DocumentImporter importer, ImportFolder folder, ApplicationEventPublisher events) {
        this.importer = importer;
        this.folder = folder;
        this.events = events;
    }

    /**
     * Imports a document given as bytes in any supported encoding.
     *
     * @throws DocumentRejectedException when it cannot be decoded or parsed without problems; nothing is written then
     */
    public ImportReport importBytes(byte[] bytes, String source) {
        String text;
        try {
            text = TextDecoder.decode(bytes).text();
        } catch (TextDecoder.UndecodableException e) {
            throw new DocumentRejectedException(source, List.of(new Problem(1, e.getMessage())));
        }
        ParsedDocument parsed = parser.parse(text);
        if (parsed.hasProblems()) {
            throw new DocumentRejectedException(source, parsed.problems());
        }
        ImportReport report = importer.importDocument(parsed, folder.referenceData());
        if (!report.alreadyImported()) {
            events.publishEvent(new GraphChangedEvent(report.documentId(), report.city() == null ? "" : report.city()));
        }
        return report;
    }

    public ImportReport importResource(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return importBytes(in.readAllBytes(), String.valueOf(resource.getFilename()));
        }
    }
}
