package org.respnet.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.respnet.graph.GraphVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Read answers that cost nothing to repeat. Stored figures change only when something is written, and every
 * write renews the graph's change marker ({@link GraphVersion}) in its own transaction; so a GET under
 * {@code /api/} is kept under the marker's token (the city's when the request names {@code ?city=}, else the
 * whole graph's) and served again until the token changes — on any instance of a cluster, since the token is
 * read from the graph, not from a local event. The same key gives a weak {@code ETag}, checked before any work:
 * a browser that sends it back gets {@code 304}. Answers depend on today (lights, deadlines) and on who asks
 * (a unit login), so both are in the key. Runs after Spring Security: nothing is served that the caller may not
 * read. Registered by {@link AnswerCacheConfiguration}, so controller slice tests, which have no graph, run
 * without it.
 */
class AnswerCache extends OncePerRequestFilter {

    static final String CACHE_NAME = "answers";
    /** Tells clients (and the benchmark) whether the answer was computed or served again. */
    static final String STATUS_HEADER = "X-RespNet-Cache";
    /**
     * Answers that depend on more than the graph, are whole-graph downloads, or read two notices whatever
     * {@code ?city=} names (a comparison), are never kept.
     */
    private static final List<String> NEVER = List.of("/api/admin/", "/api/session", "/api/cypher", "/api/export/",
            "/api/documents", "/api/comparison");

    private static final Logger log = LoggerFactory.getLogger(AnswerCache.class);

    /** Answers this large are kept gzipped too: a unit's page is hundreds of KB of JSON, a fraction of that gzipped. */
    static final int COMPRESS_FROM = 2048;

    /** An answer as computed, and gzipped once (when large enough) for every client that accepts it. */
    private record Answer(String contentType, byte[] body, byte[] gzipped) {

        static Answer of(String contentType, byte[] body) {
            return new Answer(contentType, body, body.length >= COMPRESS_FROM ? gzip(body) : null);
        }

        int weight() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    private final GraphVersion version;
    private final AnswerCacheProperties properties;
    private final Cache answers;

    AnswerCache(GraphVersion version, AnswerCacheProperties properties) {
        this.version = version;
        this.properties = properties;
        this.answers = new CaffeineCache(CACHE_NAME, Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .<Object, Object>weigher((key, value) -> ((String) key).length() * 2 + ((Answer) value).weight())
                .build(), false);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !properties.enabled() || !"GET".equals(request.getMethod()) || !path.startsWith("/api/")
                || NEVER.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key;
        try {
            key = key(request);
        } catch (RuntimeException graphUnreachable) {
            log.debug("No change marker readable; answering uncached", graphUnreachable);
            chain.doFilter(request, response);
            return;
        }
        String etag = "W/\"" + digest(key) + "\"";
        String sent = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (sent != null && List.of(sent.split("\\s*,\\s*")).contains(etag)) {
            revalidate(response, etag, "not-modified");
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Answer kept = answers.get(key, Answer.class);
        if (kept != null) {
            revalidate(response, etag, "hit");
            send(request, response, kept);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        Answer computed = null;
        try {
            chain.doFilter(request, wrapper);
            // Only an answer gets the ETag: an error page must not be revalidated as if it were the answer.
            if (wrapper.getStatus() == HttpServletResponse.SC_OK) {
                revalidate(wrapper, etag, "miss");
                // An answer too large to keep is sent as it came: gzipping it on every call costs more than it saves.
                if (wrapper.getContentSize() > 0 && wrapper.getContentSize() <= properties.maxAnswerSize().toBytes()) {
                    computed = Answer.of(wrapper.getContentType(), wrapper.getContentAsByteArray());
                    answers.put(key, computed);
                }
            }
        } finally {
            if (computed == null) {
                wrapper.copyBodyToResponse();
            }
        }
        if (computed != null) {
            send(request, response, computed);
        }
    }

    /** Writes the answer, gzipped when it has a gzipped form and the client accepts gzip (every browser does). */
    private static void send(HttpServletRequest request, HttpServletResponse response, Answer answer)
            throws IOException {
        byte[] bytes = answer.body();
        if (answer.gzipped() != null) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                bytes = answer.gzipped();
            }
        }
        response.setContentType(answer.contentType());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Whether an Accept-Encoding header names gzip (or *) without refusing it by {@code q=0}. */
    private static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            boolean refused = parts.length > 1 && parts[1].strip().matches("q\\s*=\\s*0(\\.0*)?");
            if ((name.equalsIgnoreCase("gzip") || name.equals("*")) && !refused) {
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** The answer may be kept by the browser, but must be checked every time: the token may change any moment. */
    private static void revalidate(HttpServletResponse response, String etag, String status) {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        response.setHeader(STATUS_HEADER, status);
    }

    /** The token the answer depends on, the request, the day and who asks. */
    private String key(HttpServletRequest request) {
        String city = request.getParameter("city");
        String scope = city == null || city.isBlank() ? GraphVersion.WHOLE_GRAPH : city.strip();
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String user = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated() ? ""
                : who.getName();
        String query = request.getQueryString();
        return version.token(scope) + '\n' + LocalDate.now() + '\n' + user + '\n' + request.getRequestURI()
                + (query == null ? "" : "?" + query) + '\n' + request.getHeader(HttpHeaders.ACCEPT);
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
