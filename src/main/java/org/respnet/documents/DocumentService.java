package org.respnet.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.respnet.ingest.DocumentKind;
import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ParserLimits;
import org.respnet.ingest.ReferenceData;
import org.respnet.ingest.Problem;
import org.respnet.ingest.extract.DocumentExtractor;
import org.respnet.ingest.extract.ExtractionLimitException;
import org.respnet.ingest.extract.ExtractionLimits;
import org.respnet.ingest.extract.UnreadableDocumentException;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Detect, extract, parse, then preview, or import or reject whole: the one path every document takes
 * into the graph. A {@code 201} means the document's tasks are in the graph: a notice that yields no
 * task is refused, never stored as an empty document.
 */
@Service
public class DocumentService {

    private final ParserLimits limits;
    private final ExtractionLimits extractionLimits;
    private final ExtractionSlots slots;
    private final DocumentImporter importer;
    private final ImportFolder folder;

    private final DocumentRevision revision;

    DocumentService(ParserLimitsProperties limits, ExtractionLimitsProperties extractionLimits, ExtractionSlots slots,
            DocumentImporter importer, ImportFolder folder, DocumentRevision revision) {
        this.limits = limits.limits();
        this.extractionLimits = extractionLimits.limits();
        this.slots = slots;
        this.importer = importer;
        this.folder = folder;
        this.revision = revision;
    }

    /**
     * Imports a document given as bytes in any supported format.
     *
     * @throws DocumentRejectedException when it cannot be read or parsed without problems; nothing is written then
     */
    public ImportReport importBytes(byte[] bytes, String source) {
        return importBytes(bytes, source, false);
    }

    /**
     * Imports a document; a revised version of an imported notice (same 文号, city and year, other content)
     * replaces it when {@code replace} is set, and is refused otherwise (its preview shows the difference).
     *
     * @throws DocumentRejectedException when it cannot be read or parsed without problems; nothing is written then
     * @throws DocumentImporter.RevisionException when it revises an imported notice and {@code replace} is not set
     */
    public ImportReport importBytes(byte[] bytes, String source, boolean replace) {
        ReferenceData reference = folder.referenceData();
        ParsedDocument parsed = read(bytes, reference);
        List<Problem> problems = importProblems(parsed);
        if (!problems.isEmpty()) {
            throw new DocumentRejectedException(source, problems, parsed.warnings());
        }
        DocumentImporter.Match match = importer.match(parsed);
        if (match.id() == null && match.revisionOf() != null) {
            if (!replace) {
                throw new DocumentImporter.RevisionException(match.revisionOf());
            }
            return revision.apply(parsed, reference, match.revisionOf(), source, bytes);
        }
        return importer.importDocument(parsed, reference, source, bytes);
    }

    /** What {@link #importBytes} would import, with every warning and problem; writes nothing. */
    public DocumentPreview preview(byte[] bytes) {
        ParsedDocument parsed;
        try {
            parsed = read(bytes, folder.referenceData());
        } catch (DocumentOverLimitException overLimit) {
            throw overLimit;
        } catch (DocumentRejectedException unreadable) {
            return DocumentPreview.unreadable(unreadable.problems());
        }
        DocumentImporter.Match match = importer.match(parsed);
        DocumentRevision.Difference difference = match.id() == null && match.revisionOf() != null
                ? revision.difference(parsed, folder.referenceData(), match.revisionOf()) : null;
        return DocumentPreview.of(parsed, importProblems(parsed), match.id(), difference);
    }

    public ImportReport importResource(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return importBytes(in.readAllBytes(), String.valueOf(resource.getFilename()));
        }
    }

    /**
     * In one of the reading places ({@link ExtractionSlots}), within the extraction limits. The reference
     * data's unit names let the parser split two names a lost line break glued together.
     */
    private ParsedDocument read(byte[] bytes, ReferenceData reference) {
        return slots.read(() -> readNow(bytes, reference));
    }

    private ParsedDocument readNow(byte[] bytes, ReferenceData reference) {
        try {
            return new NoticeParser(limits, reference.unitNames())
                    .parse(DocumentExtractor.extract(bytes, extractionLimits));
        } catch (ExtractionLimitException e) {
            throw new DocumentOverLimitException(e.limit(), e.getMessage());
        } catch (UnreadableDocumentException e) {
            throw new DocumentRejectedException("upload", List.of(new Problem(1, e.getMessage())), List.of());
        }
    }

    /**
     * The parser's problems, and the product's own promise on top of them: a notice with no task is
     * never imported (the parser says why; this guards the promise should it ever not).
     */
    private static List<Problem> importProblems(ParsedDocument parsed) {
        if (parsed.hasProblems() || parsed.kind() != DocumentKind.NOTICE || !parsed.tasks().isEmpty()) {
            return parsed.problems();
        }
        return List.of(new Problem(1, "没有读到带分工的任务，因此不会导入任何内容：任务应带编号，并写明责任领导、牵头单位或责任单位"));
    }
}
