package org.respnet.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.respnet.graph.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * For a browser asking for a page (an address outside {@code /api/} with {@code Accept: text/html}),
 * an error is the Chinese page in {@code static/error/} with the right status: 404 for an unknown
 * address or unit, 500 for a failure. Everyone else (scripts, API clients) still gets
 * {@link ApiErrors}' problem details: this resolver runs first and steps aside for them.
 */
@Component
class ErrorPages implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final Map<String, String> pages = new ConcurrentHashMap<>();

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (request.getRequestURI().startsWith("/api/") || accept == null || !accept.contains("text/html")) {
            return null;
        }
        int status = e instanceof ErrorResponse error ? error.getStatusCode().value()
                : e instanceof NotFoundException ? 404 : 500;
        if (status >= 500) {
            log.error("Page {} failed", request.getRequestURI(), e);
        }
        try {
            response.setStatus(status);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(page(status));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return new ModelAndView();
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
