package org.respnet.explore;

import java.io.IOException;

import org.respnet.graph.DocumentService;
import org.respnet.graph.ImportReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports a document posted as a plain-text body or as a multipart file; answers with its import report. */
@RestController
@RequestMapping(path = "/api/documents", produces = "application/json;charset=UTF-8")
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<ImportReport> importBody(@RequestBody byte[] body,
            @RequestParam(defaultValue = "upload.txt") String name) {
        return created(documents.importBytes(body, name));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return created(documents.importBytes(file.getBytes(), String.valueOf(file.getOriginalFilename())));
    }

    private static ResponseEntity<ImportReport> created(ImportReport report) {
        return ResponseEntity.status(report.alreadyImported() ? HttpStatus.OK : HttpStatus.CREATED).body(report);
    }
}
