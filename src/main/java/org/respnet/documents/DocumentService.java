package org.respnet.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.respnet.ingest.DocumentKind;
import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ParserLimits;
import org.respnet.ingest.ReferenceData;
import org.respnet.ingest.Problem;
import org.respnet.ingest.Reading;
import org.respnet.ingest.extract.SourceDocument;
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
    private final ReadingProfiles profiles;

    DocumentService(ParserLimitsProperties limits, ExtractionLimitsProperties extractionLimits, ExtractionSlots slots,
            DocumentImporter importer, ImportFolder folder, DocumentRevision revision, ReadingProfiles profiles) {
        this.limits = limits.limits();
        this.extractionLimits = extractionLimits.limits();
        this.slots = slots;
        this.importer = importer;
        this.folder = folder;
        this.revision = revision;
        this.profiles = profiles;
    }

    /**
     * A document as read: as the clerk said ({@code reading}), else with the city's reading profiles that fit its
     * tables' headers ({@code profiles}, empty when none fitted), else as the reader reads it alone.
     *
     * @param asRead the document before the clerk's own units for single tasks were put in
     */
    record Read(ParsedDocument parsed, ParsedDocument asRead, List<ReadingProfiles.Profile> profiles) {
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
        return importBytes(bytes, source, replace, Reading.NONE);
    }

    /**
     * Imports a document read as the clerk said in the preview; what of it holds for the city's next documents is
     * kept as its reading profile once the import has succeeded.
     */
    public ImportReport importBytes(byte[] bytes, String source, boolean replace, Reading reading) {
        ReferenceData reference = folder.referenceData();
        Read read = read(bytes, reference, reading);
        ImportReport report = importRead(read.parsed(), bytes, source, replace, reference);
        if (!reading.choosesNothing() && !report.alreadyImported()) {
            profiles.save(read.parsed().city(), report.documentId(), reading.profile(read.asRead()));
        }
        return report;
    }

    private ImportReport importRead(ParsedDocument parsed, byte[] bytes, String source, boolean replace,
            ReferenceData reference) {
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
        return preview(bytes, Reading.NONE);
    }

    /** What {@link #importBytes} would import when read as the clerk says; writes nothing. */
    public DocumentPreview preview(byte[] bytes, Reading reading) {
        Read read;
        try {
            read = read(bytes, folder.referenceData(), reading);
        } catch (DocumentOverLimitException overLimit) {
            throw overLimit;
        } catch (DocumentRejectedException unreadable) {
            return DocumentPreview.unreadable(unreadable.problems());
        }
        ParsedDocument parsed = read.parsed();
        DocumentImporter.Match match = importer.match(parsed);
        DocumentRevision.Difference difference = match.id() == null && match.revisionOf() != null
                ? revision.difference(parsed, folder.referenceData(), match.revisionOf()) : null;
        return DocumentPreview.of(parsed, importProblems(parsed), match.id(), difference, read.profiles(),
                !reading.marked().isEmpty());
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
    private Read read(byte[] bytes, ReferenceData reference, Reading reading) {
        return slots.read(() -> readNow(bytes, reference, reading));
    }

    private Read readNow(byte[] bytes, ReferenceData reference, Reading reading) {
        try {
            SourceDocument source = DocumentExtractor.extract(bytes, extractionLimits);
            NoticeParser parser = new NoticeParser(limits, reference.unitNames());
            if (!reading.choosesNothing()) {
                ParsedDocument asRead = parser.parse(source, reading);
                return new Read(reading.applyTo(asRead), asRead, List.of());
            }
            ParsedDocument alone = parser.parse(source);
            List<ReadingProfiles.Profile> cityProfiles = profiles.of(alone.city());
            if (cityProfiles.isEmpty()) {
                return new Read(alone, alone, List.of());
            }
            // every saved header at once: a table is read by the profile whose header it has, the others by the reader
            ParsedDocument withColumns = parser.parse(source,
                    new Reading(cityProfiles.stream().flatMap(p -> p.reading().tables().stream()).toList(), null,
                            null, null));
            Set<String> matched = withColumns.tables().stream()
                    .filter(t -> t.source() == ParsedDocument.TableLayout.Source.CHOSEN)
                    .map(t -> new Reading.TableRoles(t.header(), List.of()).key()).collect(Collectors.toSet());
            List<ReadingProfiles.Profile> fitting = cityProfiles.stream().filter(p -> matched.contains(p.header()))
                    .toList();
            if (fitting.isEmpty()) {
                return new Read(alone, alone, List.of());
            }
            Reading profile = new Reading(fitting.stream().flatMap(p -> p.reading().tables().stream()).toList(),
                    fitting.getFirst().reading().lead(), null,
                    fitting.stream().flatMap(p -> p.reading().notUnits().stream()).toList());
            // read again only when the newest fitting profile names a lead rule: columns alone read as above
            ParsedDocument asRead = profile.lead() == Reading.LeadChoice.AUTO ? withColumns
                    : parser.parse(source, profile);
            return new Read(profile.applyTo(asRead), asRead, fitting);
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
