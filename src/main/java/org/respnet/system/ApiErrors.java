package org.respnet.system;

import java.util.List;
import java.util.Map;

import org.respnet.graph.NotFoundException;
import org.respnet.documents.DocumentRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Maps failures to JSON errors: {@code {"error": "...", "problems": [...]}} with a status that names the cause. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(DocumentRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(DocumentRejectedException e) {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, "document rejected: nothing was imported", e.problems());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "document too large: " + e.getMessage(), List.of());
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message, List<?> problems) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", message, "problems", problems));
    }
}
