package org.respnet.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;

import org.respnet.graph.NotFoundException;
import org.respnet.ingest.Reading;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a document posted as a plain-text body or as a multipart file; answers with its import report.
 * A body larger than {@code respnet.import.max-document-size} is refused with 413 before it is read whole.
 */
@RestController
@RequestMapping(path = "/api/documents", produces = "application/json;charset=UTF-8")
class DocumentController {

    /** A reading names a few headers, roles and rows; far more is no preview's. */
    private static final int MAX_READING = 200_000;
    private static final JsonMapper READING_JSON = JsonMapper.builder().build();

    private final DocumentService documents;
    private final DocumentLedger ledger;
    private final DocumentRemoval removal;
    private final long maxSize;

    DocumentController(DocumentService documents, DocumentLedger ledger, DocumentRemoval removal,
            ImportFolderProperties properties) {
        this.documents = documents;
        this.ledger = ledger;
        this.removal = removal;
        this.maxSize = properties.maxDocumentSize().toBytes();
    }

    /** Every imported document, newest year first. */
    @GetMapping
    List<DocumentLedger.DocumentEntry> list() {
        return ledger.documents();
    }

    @GetMapping("/{id}")
    DocumentLedger.DocumentEntry document(@PathVariable String id) {
        return ledger.document(id).orElseThrow(() -> new NotFoundException("document", id));
    }

    /** The file as it was imported, under its own name. */
    @GetMapping(path = "/{id}/original", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> original(@PathVariable String id) {
        DocumentLedger.OriginalFile file = ledger.original(id)
                .orElseThrow(() -> new NotFoundException("original file of document", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.bytes());
    }

    /** What removing the document takes away, and the sentence to confirm; writes nothing. */
    @GetMapping("/{id}/removal")
    DocumentRemoval.Footprint removal(@PathVariable String id) {
        return removal.footprint(id);
    }

    /** Removes the document (EDITOR), audited with the reason given. */
    @DeleteMapping("/{id}")
    DocumentRemoval.Footprint remove(@PathVariable String id, @RequestParam(defaultValue = "") String reason) {
        return removal.remove(id, reason);
    }

    /** Any file as the raw body: text, Word, Excel, a saved web page or a PDF, told apart by its bytes. */
    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
            MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_PDF_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<?> importBody(HttpServletRequest request, @RequestParam(defaultValue = "upload") String name,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean replace)
            throws IOException {
        if (request.getContentLengthLong() > maxSize) {
            throw new DocumentTooLargeException(request.getContentLengthLong(), maxSize);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
            if (body.length > maxSize) {
                throw new DocumentTooLargeException(body.length, maxSize);
            }
            return answer(body, name, dryRun, replace);
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean replace,
            @RequestParam(required = false) String reading) throws IOException {
        if (file.getSize() > maxSize) {
            throw new DocumentTooLargeException(file.getSize(), maxSize);
        }
        return answer(file.getBytes(), String.valueOf(file.getOriginalFilename()), dryRun, replace, reading(reading));
    }

    /** The clerk's reading from the preview (a form field of JSON), or none. */
    private static Reading reading(String json) {
        if (json == null || json.isBlank()) {
            return Reading.NONE;
        }
        if (json.length() > MAX_READING) {
            throw new BadReadingException("读法（reading）过长：超过 " + MAX_READING + " 个字符");
        }
        try {
            return READING_JSON.readValue(json, Reading.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException wrong ? wrong : e;
            throw new BadReadingException(cause instanceof IllegalArgumentException ? cause.getMessage()
                    : "读法（reading）不是有效的 JSON：请刷新导入页面后重新选择");
        }
    }

    /** A reading the preview could not have sent: refused before anything is read. */
    static final class BadReadingException extends ErrorResponseException {
        BadReadingException(String message) {
            super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message), null);
        }
    }

    /**
     * {@code dryRun}: the preview, written nowhere; otherwise 201 with the report, or 200 when already in.
     * {@code replace}: a revised version of an imported notice replaces it (「替换为修订版」); else it is refused (409).
     */
    private ResponseEntity<?> answer(byte[] bytes, String name, boolean dryRun, boolean replace) {
        return answer(bytes, name, dryRun, replace, Reading.NONE);
    }

    private ResponseEntity<?> answer(byte[] bytes, String name, boolean dryRun, boolean replace, Reading reading) {
        if (dryRun) {
            return ResponseEntity.ok(documents.preview(bytes, reading));
        }
        return created(documents.importBytes(bytes, name, replace, reading));
    }

    private static ResponseEntity<ImportReport> created(ImportReport report) {
        return ResponseEntity.status(report.alreadyImported() ? HttpStatus.OK : HttpStatus.CREATED).body(report);
    }

    /** A document over the size limit; nothing was read past the limit. */
    static final class DocumentTooLargeException extends ErrorResponseException {
        DocumentTooLargeException(long size, long max) {
            super(HttpStatus.CONTENT_TOO_LARGE, ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "文件过大：" + (size > max ? "超过 " + max : size) + " 字节，上限为 " + max
                    + " 字节（respnet.import.max-document-size），未导入任何内容"), null);
        }
    }
}
