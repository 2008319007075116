package org.respnet;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real HTTP client for integration tests: requests go over loopback to the running application,
 * anonymously or, after {@link #as}, with HTTP Basic credentials sent on every request. Also the JSON
 * helpers the tests share ({@link #strings}, {@link #names}, {@link #enc}), so none keeps a copy.
 */
public record HttpJson(int port, String authorization) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A response's status and parsed JSON body. */
    public record Reply(int status, JsonNode body, String raw) {
    }

    /** An anonymous client. */
    public HttpJson(int port) {
        this(port, null);
    }

    /** The same client logged in with HTTP Basic. */
    public HttpJson as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new HttpJson(port, "Basic " + token);
    }

    /** Logged in as the built-in admin of {@link RespNetIntegrationTest}. */
    public HttpJson asAdmin() {
        return as("admin", TestUsers.ADMIN_PASSWORD);
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** POSTs a value as JSON. */
    public Reply postJson(String path, Object body) {
        return post(path, "application/json", MAPPER.writeValueAsBytes(body));
    }

    /** A request with this client's credentials; add headers and a method, then {@link #send} it. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** A file download: its status, headers and bytes as they came. */
    public HttpResponse<byte[]> download(String path) {
        return download(request(path).GET().build());
    }

    /** A request built by hand (a header added), its bytes as they came (not decompressed). */
    public HttpResponse<byte[]> download(HttpRequest request) {
        return call(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request built by hand (an unusual method or header) and gives the whole response, headers included. */
    public HttpResponse<String> exchange(HttpRequest request) {
        return call(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A JSON array's values as strings. */
    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    /** The {@code name} of each object in a JSON array (units, leaders, graph nodes). */
    public static List<String> names(JsonNode objects) {
        List<String> values = new ArrayList<>();
        objects.forEach(o -> values.add(o.get("name").asString()));
        return values;
    }

    /** Percent-encodes one path segment or query value (unit names are Chinese). */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public static Reply send(HttpRequest request) {
        HttpResponse<String> response = call(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String raw = response.body();
        JsonNode json = raw.isBlank() || !raw.trim().matches("(?s)^[\\[{].*") ? null : MAPPER.readTree(raw);
        return new Reply(response.statusCode(), json, raw);
    }

    private static <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
