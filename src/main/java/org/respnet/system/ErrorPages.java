package org.respnet.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * For a browser asking for a page ({@code Accept: text/html}), an error is the Chinese page in
 * {@code static/error/} with the right status (404 for an unknown address or unit, 500 for a failure);
 * scripts and API clients still get {@link ApiErrors}' problem details. Ordered first, so it is asked
 * before ApiErrors, and only for HTML ({@code produces}), so it never answers anyone else.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Map<String, String> pages = new ConcurrentHashMap<>();

    @ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(Exception e) {
        int status = e instanceof ErrorResponse response ? response.getStatusCode().value() : 500;
        if (status >= 500) {
            log.error("Page failed", e);
        }
        return ResponseEntity.status(status).contentType(HTML).body(page(status));
    }

    private String page(int status) {
        String shown = switch (status) {
            case 403, 404, 500 -> String.valueOf(status);
            default -> status >= 500 ? "500" : "4xx";
        };
        return pages.computeIfAbsent(shown, s -> {
            try (InputStream in = new ClassPathResource("static/error/" + s + ".html").getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }
}
