package org.respnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * No English sentence reaches a clerk: every page of {@code static/*.html} (and the error pages), as Chromium
 * draws it with the bundled notice loaded, logged out and logged in as a viewer, and the problem answers of the
 * main endpoints (400 … 422, the console's refusals among them). An English sentence is a run of three or more
 * ASCII words; a run made only of the {@link #ALLOWED} words (Cypher keywords a refusal names, file formats, units,
 * role and product names) is not one. Code ({@code <code>}, {@code <pre>}, the console's editor) is not read: a
 * clerk types queries there, and the results are the graph's own values.
 */
@RespNetIntegrationTest
class ClerkSeesNoEnglishIT extends BrowserPageTest {

    /** Three or more ASCII words in a row, spaces (and a comma or colon) between them. */
    private static final Pattern RUN = Pattern.compile("[A-Za-z][A-Za-z0-9'’.-]*(?:[,:]?[ \\t]+[A-Za-z][A-Za-z0-9'’.-]*){2,}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'’.-]*");

    /** Words that may stand together without making a sentence. */
    static final Set<String> ALLOWED = Set.of(
            // Cypher a console refusal or hint names
            "MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL", "WHERE", "LIMIT", "CONTAINS", "STARTS", "ENDS",
            "LOAD", "CSV", "IN", "TRANSACTIONS", "USE", "AS",
            // file formats and units
            "PDF", "XLSX", "XLS", "DOCX", "DOC", "TXT", "HTML", "OFD", "Word", "Excel", "PowerPoint", "GEXF", "GraphML",
            "KB", "MB", "GB", "A4",
            // roles, protocols and products
            "ADMIN", "EDITOR", "VIEWER", "UNIT", "HTTP", "Basic", "Cookie", "Neo4j", "Cypher", "Gephi", "yEd",
            "Cytoscape");

    private static final Path STATIC = Path.of("src/main/resources/static");

    /** The English runs in {@code text}. */
    static List<String> englishIn(String text) {
        List<String> found = new ArrayList<>();
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            Matcher word = WORD.matcher(run.group());
            boolean allowed = true;
            while (word.find()) {
                allowed &= ALLOWED.contains(word.group().replaceAll("[.'’-]+$", ""));
            }
            if (!allowed) {
                found.add(run.group());
            }
        }
        return found;
    }

    @Test
    void theCheckTellsASentenceFromNamesAndKeywords() {
        assertThat(englishIn("refused: the query is empty")).containsExactly("refused: the query is empty");
        assertThat(englishIn("Failed to convert 'limit'")).hasSize(1);
        assertThat(englishIn("拒绝：请以 MATCH、OPTIONAL MATCH、WITH、UNWIND、RETURN 或 CALL 开头")).isEmpty();
        assertThat(englishIn("导出 Excel 或 CSV，文件不超过 5 MB")).isEmpty();
        assertThat(englishIn("CALL { … } IN TRANSACTIONS")).isEmpty();
        assertThat(englishIn("Bad Request")).isEmpty(); // two words: the API test asks for titles in Chinese besides
    }

    /** The address each page is served at, with the data it shows. */
    private static String address(String file) {
        return switch (file) {
            case "index.html" -> "/";
            case "login.html" -> "/login";
            case "unit.html" -> "/units/" + enc("市发改委");
            case "notice.html" -> "/units/" + enc("市发改委") + "/notice";
            default -> "/" + file.replaceFirst("\\.html$", "");
        };
    }

    private static List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(STATIC)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".html")).sorted()
                    .forEach(f -> pages.add(address(f)));
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(12);
        pages.add("/no-such-page");
        pages.add("/units/" + enc("没有这个单位"));
        return pages;
    }

    /** What a clerk can read on the page: visible text outside code, tooltips, placeholders, options, the title. */
    private static final String VISIBLE_TEXT = """
            const skip = 'script, style, noscript, template, code, pre, kbd, samp, textarea';
            const out = [document.title];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n; (n = walker.nextNode());) {
              const el = n.parentElement;
              if (!el || el.closest(skip) || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
              if (n.textContent.trim()) out.push(n.textContent.trim());
            }
            for (const el of document.querySelectorAll('[title], [placeholder], [aria-label], [alt], option, optgroup')) {
              if (el.closest(skip)) continue;
              for (const a of ['title', 'placeholder', 'aria-label', 'alt', 'label']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
              if (el.tagName === 'OPTION') out.push(el.textContent);
            }
            return out;""";

    /** Pages with nothing to load: the login form, and the import form (or the refusal that stands for it). */
    private static final Set<String> NOTHING_TO_LOAD = Set.of("/login", "/import");

    private void read(Chromium b, String page, String who, Map<String, List<String>> english) throws InterruptedException {
        b.open(page);
        if (NOTHING_TO_LOAD.contains(page)) {
            // Whatever answers: the form, or for a login without the role the refusal that stands for it.
            b.until(d -> "complete".equals(b.script("return document.readyState")));
            Thread.sleep(800);
        } else {
            try {
                b.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError(who + " " + page + " never became ready: " + b.driver().getCurrentUrl() + " "
                        + b.script("return document.body.innerText.slice(0, 300)"), e);
            }
        }
        collect(b, who + " " + page, english);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Chromium b, String where, Map<String, List<String>> english) {
        List<String> texts = (List<String>) b.script(VISIBLE_TEXT);
        // A page read as empty (not drawn yet, or the walk broken) would pass without saying anything.
        assertThat(String.join("", texts)).as(where + " shows Chinese text").containsPattern("\\p{IsHan}{4}");
        List<String> found = texts.stream().flatMap(t -> englishIn(t).stream()).distinct().toList();
        if (!found.isEmpty()) {
            english.merge(where, found, (x, y) -> Stream.concat(x.stream(), y.stream()).toList());
        }
    }

    @Test
    void noPageShowsAnEnglishSentenceLoggedOutOrToAViewer() throws IOException, InterruptedException {
        Chromium b = browser();
        Map<String, List<String>> english = new LinkedHashMap<>();
        b.open("/login");
        b.driver().manage().deleteAllCookies();
        List<String> pages = pages();
        for (String page : pages) {
            read(b, page, "anonymous", english);
        }
        b.login("viewer", "viewer-pass");
        for (String page : pages) {
            read(b, page, "viewer", english);
        }
        // The console's answers as a viewer sees them: a result, then refusals of several kinds.
        b.open("/console");
        b.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        b.find("#examples [data-example='unit-workload']").click();
        b.find("#run").click();
        b.until(d -> !d.findElements(By.cssSelector("#result tbody tr")).isEmpty());
        collect(b, "viewer /console result", english);
        for (String query : List.of("CREATE (:Evil)", "RETURN $missing", "MATCH (n:Task) RETURN n.no +", "RETURN reduce(a = 0, x IN [1] | a + x)",
                "MATCH (n) RETURN n", "SHOW USERS")) {
            b.script("document.getElementById('query').value = arguments[0]; document.getElementById('params').value = '{}';"
                    + " document.getElementById('error').style.display = 'none';", query);
            b.find("#run").click();
            b.until(d -> d.findElement(By.id("error")).isDisplayed());
            collect(b, "viewer /console " + query, english);
        }
        b.driver().manage().deleteAllCookies();
        assertThat(english).as("English sentences a clerk can read").isEmpty();
    }

    /** The problem answers a clerk's page or script can meet, each read for every text it holds. */
    @Test
    void noProblemAnswerHoldsAnEnglishSentence() {
        HttpJson anonymous = new HttpJson(port);
        HttpJson viewer = anonymous.as("viewer", "viewer-pass");
        HttpJson editor = anonymous.as("editor", "editor-pass");
        Map<String, HttpJson.Reply> replies = new LinkedHashMap<>();
        for (String path : List.of("/api/matrix/leader-unit?role=boss", "/api/bottlenecks?kind=leader", "/api/tasks?role=boss",
                "/api/tasks?limit=abc", "/api/units?expand=maybe", "/api/flow?top=abc", "/api/units/" + enc("没有这个单位"),
                "/api/tasks/no-such-task", "/api/documents/no-such-document", "/api/graph?focus=" + enc("没有这个单位"),
                "/api/no-such-endpoint", "/api/units/" + enc("没有这个单位") + "/calendar.ics", "/api/admin/audit")) {
            replies.put("GET " + path, anonymous.get(path));
        }
        replies.put("GET /api/admin/audit as viewer", viewer.get("/api/admin/audit"));
        replies.put("DELETE /api/summary", HttpJson.send(viewer.request("/api/summary").DELETE().build()));
        replies.put("POST /api/cypher anonymous", anonymous.postJson("/api/cypher", Map.of("query", "RETURN 1")));
        replies.put("POST /api/cypher wrong password", anonymous.as("viewer", "guess").postJson("/api/cypher", Map.of("query", "RETURN 1")));
        replies.put("POST /api/cypher not JSON", viewer.post("/api/cypher", "application/json", "{".getBytes(StandardCharsets.UTF_8)));
        replies.put("POST /api/cypher as text", viewer.post("/api/cypher", "text/plain", "RETURN 1".getBytes(StandardCharsets.UTF_8)));
        replies.put("POST /api/cypher too large", viewer.post("/api/cypher", "application/json",
                ("{\"query\": \"RETURN 1\", \"params\": {\"x\": \"" + "x".repeat(400_000) + "\"}}").getBytes(StandardCharsets.UTF_8)));
        replies.put("POST /api/cypher too many parameters", viewer.postJson("/api/cypher", Map.of("query", "RETURN 1", "params",
                java.util.stream.IntStream.range(0, 101).boxed().collect(java.util.stream.Collectors.toMap(i -> "p" + i, i -> i)))));
        String deep = "RETURN " + "(".repeat(200) + "1" + ")".repeat(200);
        for (String query : List.of("", "RETURN 1; RETURN 2", "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r",
                "CALL { RETURN 1 AS x } IN TRANSACTIONS RETURN x", "CALL dbms.components()", "CALL db.createLabel('X')",
                "CREATE (:Evil)", "USE system MATCH (n:Task) RETURN n", "SHOW USERS", deep,
                "RETURN [a IN [1] | [b IN [1] | b]]", "RETURN reduce(a = 0, x IN [1] | a + x)", "RETURN range(1, $n)",
                "RETURN range(1, 10, 0)", "RETURN range(1, 100000000)", "RETURN 'abc", "RETURN `abc", "RETURN 1 /* open",
                "RETURN '\\u0041'", "RETURN\u200b 1", "RETURN 'a' =~ 'a'", "RETURN 'a' + 'a' + 'a' + 'a' + 'a' + 'a' + 'a' + 'a' + 'a' + 'a'",
                "MATCH (n:Task) RETURN n.no +", "RETURN $missing", "MATCH (n) RETURN n", "MATCH (a:Audit) RETURN a",
                "RETURN apoc.text.join(['a'], '')", "MATCH (a:Task), (b:Task), (c:Task), (d:Task), (e:Task) WHERE a <> e RETURN count(*)",
                "x".repeat(30_000))) {
            replies.put("console " + query.substring(0, Math.min(60, query.length())), viewer.postJson("/api/cypher", Map.of("query", query)));
        }
        replies.put("POST /api/documents as viewer", viewer.post("/api/documents", "text/plain", "通知".getBytes(StandardCharsets.UTF_8)));
        replies.put("POST /api/documents unreadable", editor.post("/api/documents?name=x.txt", "text/plain",
                "hello world, this is no notice".getBytes(StandardCharsets.UTF_8)));
        replies.put("POST /api/documents binary", editor.post("/api/documents?name=x.bin", "application/octet-stream", new byte[] {0, 1, 2, 3, 0, 0, 7}));
        replies.put("POST /api/documents too large", editor.post("/api/documents?dryRun=true", "text/plain", new byte[5 * 1024 * 1024 + 1]));
        String task = anonymous.get("/api/tasks?limit=1").body().get(0).get("id").asString();
        replies.put("POST assignment with no unit", editor.postJson("/api/tasks/" + enc(task) + "/assignment",
                Map.of("leaders", List.of(), "leads", List.of(), "supports", List.of(), "reason", "测试", "dryRun", true)));
        replies.put("POST rename without a unit", editor.postJson("/api/units/rename", Map.of("reason", "测试", "dryRun", true)));
        replies.put("POST progress of another unit", anonymous.as(TestUsers.UNIT_USER, "unit-pass").postJson(
                "/api/tasks/no-such-task/progress", Map.of("status", "正常推进")));

        Map<String, List<String>> english = new LinkedHashMap<>();
        List<String> answered = new ArrayList<>();
        replies.forEach((what, reply) -> {
            answered.add(what + " → " + reply.status());
            if (reply.status() < 400 || reply.status() > 499) {
                english.put(what + " answered " + reply.status() + ", not a problem", List.of(reply.raw()));
            }
            List<String> texts = new ArrayList<>();
            texts(reply.body(), texts);
            if (reply.body() == null) {
                texts.add(reply.raw());
            }
            List<String> found = texts.stream().flatMap(t -> englishIn(t).stream()).toList();
            List<String> titles = reply.body() == null || !reply.body().has("title") ? List.of()
                    : List.of(reply.body().get("title").asString());
            List<String> englishTitles = titles.stream().filter(t -> t.matches("[\\x20-\\x7E]+")).toList();
            if (!found.isEmpty() || !englishTitles.isEmpty()) {
                english.put(what + " (" + reply.status() + ")", Stream.concat(found.stream(), englishTitles.stream()).toList());
            }
        });
        assertThat(answered).anyMatch(a -> a.endsWith("401")).anyMatch(a -> a.endsWith("403"))
                .anyMatch(a -> a.endsWith("404")).anyMatch(a -> a.endsWith("409")).anyMatch(a -> a.endsWith("413"))
                .anyMatch(a -> a.endsWith("422")).anyMatch(a -> a.endsWith("400"));
        assertThat(english).as("English in problem answers; answered: " + answered).isEmpty();
    }

    /** The texts of a problem answer: its title, detail, error and every message, at any depth. */
    private static void texts(JsonNode node, List<String> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> texts(n, into));
        } else if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().isString() && Arrays.asList("title", "detail", "error", "message").contains(e.getKey())) {
                    into.add(e.getValue().asString());
                } else {
                    texts(e.getValue(), into);
                }
            });
        }
    }

}
