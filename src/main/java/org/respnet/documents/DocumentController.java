package org.respnet.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.respnet.documents.DocumentService;
import org.respnet.documents.ImportFolderProperties;
import org.respnet.documents.ImportReport;
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

/**
 * Imports a document posted as a plain-text body or as a multipart file; answers with its import report.
 * A body larger than {@code respnet.import.max-document-size} is refused with 413 before it is read whole.
 */
@RestController
@RequestMapping(path = "/api/documents", produces = "application/json;charset=UTF-8")
class DocumentController {

    private final DocumentService documents;
    private final long maxSize;

    DocumentController(DocumentService documents, ImportFolderProperties properties) {
        this.documents = documents;
        this.maxSize = properties.maxDocumentSize().toBytes();
    }

    /** Any file as the raw body: text, Word, Excel, a saved web page or a PDF, told apart by its bytes. */
    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
            MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_PDF_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<?> importBody(HttpServletRequest request, @RequestParam(defaultValue = "upload") String name,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (request.getContentLengthLong() > maxSize) {
            throw new DocumentTooLargeException(request.getContentLengthLong(), maxSize);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
            if (body.length > maxSize) {
                throw new DocumentTooLargeException(body.length, maxSize);
            }
            return answer(body, name, dryRun);
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (file.getSize() > maxSize) {
            throw new DocumentTooLargeException(file.getSize(), maxSize);
        }
        return answer(file.getBytes(), String.valueOf(file.getOriginalFilename()), dryRun);
    }

    /** {@code dryRun}: the preview, written nowhere; otherwise 201 with the report, or 200 when already in. */
    private ResponseEntity<?> answer(byte[] bytes, String name, boolean dryRun) {
        if (dryRun) {
            return ResponseEntity.ok(documents.preview(bytes));
        }
        return created(documents.importBytes(bytes, name));
    }

    private static ResponseEntity<ImportReport> created(ImportReport report) {
        return ResponseEntity.status(report.alreadyImported() ? HttpStatus.OK : HttpStatus.CREATED).body(report);
    }

    /** A document over the size limit; nothing was read past the limit. */
    static final class DocumentTooLargeException extends ErrorResponseException {
        DocumentTooLargeException(long size, long max) {
            super(HttpStatus.CONTENT_TOO_LARGE, ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "document too large: " + (size > max ? "more than " + max : size) + " bytes; the limit is " + max
                    + " bytes (respnet.import.max-document-size)"), null);
        }
    }
}
