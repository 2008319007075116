package org.respnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.Config;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.DefaultLifecycleProcessor;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents say what the code does, where they name something a test can look up: every property
 * named in {@code docs/} and README exists (in {@code application.properties}, as a component of a
 * {@code @ConfigurationProperties} record, or as a setting Spring Boot or Neo4j declares); every
 * {@code .cypher} file they name is in {@code cypher/}; every request they write as {@code METHOD /path}
 * is mapped by a controller. {@code PropertyTableTests} checks the property tables' defaults.
 */
class DocsMatchCodeTests {

    private static final Path DOCS = Path.of("docs");
    private static final Path CYPHER = Path.of("cypher");

    /** A property as the documents write it (also after {@code -D}): not the tail of a package or file name, not a call. */
    private static final Pattern PROPERTY = Pattern.compile(
            "(?:(?<=-D)|(?<![\\w./=@-]))(?:respnet|spring|server|dbms)\\.[a-z0-9_-]+(?:\\.[a-z0-9_-]+|\\[[0-9n]])*(?:\\.\\*)?(?![\\w(\\[-])");
    /** Words of that form that are not properties. */
    private static final Set<String> NOT_PROPERTIES = Set.of(
            "respnet.jar",              // the packaged jar, renamed in an example
            "respnet.example.gov.cn");  // the host name of the proxy example
    /** A query file, with or without its folder. */
    private static final Pattern CYPHER_FILE = Pattern.compile("(?<![\\w/-])(?:cypher/)?[a-z0-9-]+\\.cypher\\b");
    /** A request: its method, then its path up to the query string, a placeholder for one or a closing mark. */
    private static final Pattern REQUEST = Pattern.compile("\\b(GET|HEAD|POST|PUT|PATCH|DELETE) (/[^\\s`|)\\\\?\\[]*)");
    /** scale.md's latest run: the one whose whole table it gives; that table's rows; a bold figure. */
    private static final Pattern LATEST_RUN = Pattern.compile("The whole of run (\\w+) as the benchmark writes it");
    private static final Pattern METRIC_ROW = Pattern.compile("\\| ([a-z_]+) \\| ([0-9.]+) \\|");
    private static final Pattern BOLD_NUMBER = Pattern.compile("\\*\\*([0-9.]+)\\*\\*");
    /** Requests no controller maps, each with why. */
    private static final Set<String> NOT_CONTROLLERS = Set.of(
            "POST /logout");            // Spring Security's logout filter (SecurityConfiguration)

    @Test
    void everyPropertyNamedInTheDocumentsExists() throws Exception {
        Set<String> respnet = new TreeSet<>(PropertyTableTests.settings().keySet());
        respnet.addAll(boundProperties());
        Set<String> spring = new TreeSet<>(PropertyTableTests.settings().keySet());
        spring.addAll(springBootProperties());
        spring.add(DefaultLifecycleProcessor.EXIT_PROPERTY_NAME);   // -Dspring.context.exit=onRefresh
        Set<String> neo4j = Config.defaults().getDeclaredSettings().keySet();

        Map<String, String> named = names(PROPERTY);
        assertThat(named).as("properties named").hasSizeGreaterThan(50);
        List<String> missing = new ArrayList<>();
        named.forEach((name, where) -> {
            if (NOT_PROPERTIES.contains(name)) {
                return;
            }
            String normalised = name.replaceAll("\\[[0-9]]", "[n]");
            Collection<String> known = normalised.startsWith("respnet.") ? respnet
                    : normalised.startsWith("dbms.") ? neo4j : spring;
            boolean exists = normalised.endsWith(".*")
                    ? known.stream().anyMatch(k -> k.startsWith(normalised.substring(0, normalised.length() - 1)))
                    : known.contains(normalised);
            if (!exists) {
                missing.add(name + " (" + where + ")");
            }
        });
        assertThat(missing).as("properties the documents name that nothing declares").isEmpty();
    }

    @Test
    void everyQueryFileNamedInTheDocumentsExists() throws IOException {
        Map<String, String> named = names(CYPHER_FILE);
        assertThat(named).as("query files named").hasSizeGreaterThan(20);
        List<String> missing = new ArrayList<>();
        named.forEach((file, where) -> {
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (!Files.isRegularFile(CYPHER.resolve(name))) {
                missing.add(file + " (" + where + ")");
            }
        });
        assertThat(missing).as("query files the documents name that cypher/ does not hold").isEmpty();
    }

    @Test
    void everyRequestNamedInTheDocumentsIsMapped() throws Exception {
        List<Mapping> mappings = mappings();
        assertThat(mappings).as("controller mappings found").hasSizeGreaterThan(30);

        Map<String, String> named = names(REQUEST);
        assertThat(named).as("requests named").hasSizeGreaterThan(30);
        List<String> unmapped = new ArrayList<>();
        named.forEach((request, where) -> {
            String[] parts = request.split(" ", 2);
            RequestMethod method = RequestMethod.valueOf(parts[0].equals("HEAD") ? "GET" : parts[0]);
            String path = parts[1];
            if (path.contains("*") || NOT_CONTROLLERS.contains(request)) {
                return;   // a rule for every path under a prefix (security.md), or no controller's
            }
            // {name} and <unit> stand for one segment.
            PathContainer sample = PathContainer.parsePath(path.replaceAll("\\{[^}]*}|<[^>]*>", "x"));
            if (mappings.stream().noneMatch(m -> m.accepts(method) && m.pattern().matches(sample))) {
                unmapped.add(request + " (" + where + ")");
            }
        });
        assertThat(unmapped).as("requests the documents name that no controller maps").isEmpty();
    }

    /** What the check reads: {@code @GetMapping}'s like {@code @RequestMapping}'s, joined to the class's path. */
    @Test
    void theRequestCheckSeesMethodAndPath() throws Exception {
        List<Mapping> mappings = mappings();
        PathContainer unit = PathContainer.parsePath("/api/units/x");
        assertThat(mappings).anyMatch(m -> m.accepts(RequestMethod.GET) && m.pattern().matches(unit));
        assertThat(mappings).noneMatch(m -> m.accepts(RequestMethod.DELETE) && m.pattern().matches(unit));
        assertThat(mappings).noneMatch(m -> m.pattern().matches(PathContainer.parsePath("/api/unit/x")));
    }

    /**
     * README's benchmark figures are those of the latest run in docs/scale.md: the one whose whole table
     * it gives, with the p95 range of that run's column in the endpoint table.
     */
    @Test
    void theReadmesBenchmarkFiguresAreTheLatestRun() throws IOException {
        List<String> scale = Files.readAllLines(DOCS.resolve("scale.md"), StandardCharsets.UTF_8);
        String run = scale.stream().map(LATEST_RUN::matcher).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElseThrow(() -> new AssertionError("scale.md names no 'whole of run X' table"));
        Map<String, String> metrics = new TreeMap<>();
        boolean inRun = false;
        for (String line : scale) {
            inRun = inRun ? !line.startsWith("#") : LATEST_RUN.matcher(line).find();
            Matcher m = METRIC_ROW.matcher(line);
            if (inRun && m.matches()) {
                metrics.put(m.group(1), m.group(2));
            }
        }
        assertThat(metrics).as("run " + run + "'s whole table").containsKeys("import_s", "startup_s");
        List<Double> p95 = new ArrayList<>();
        int column = -1;
        for (String line : scale) {
            List<String> cells = List.of(line.split("\\|", -1));
            if (line.startsWith("| endpoint |")) {
                column = -1;
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i).strip().startsWith("run " + run + " (") && cells.get(i).contains("**p95**")) {
                        column = i;
                    }
                }
            } else if (column > 0 && line.startsWith("| `/") && cells.size() > column) {
                Matcher bold = BOLD_NUMBER.matcher(cells.get(column));
                if (bold.find()) {
                    p95.add(Double.parseDouble(bold.group(1)));
                }
            }
        }
        assertThat(p95).as("run " + run + "'s p95 column in scale.md's endpoint table").hasSizeGreaterThan(10);

        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        int from = readme.indexOf("Benchmarks:");
        assertThat(from).as("README's sentence 'Benchmarks: …'").isNotNegative();
        String benchmarks = readme.substring(from, readme.indexOf(").", from) + 2);
        assertThat(benchmarks).as("README's benchmark figures, run " + run + " of scale.md").contains(
                "import " + metrics.get("import_s") + " s",
                metrics.get("import_vs_loadcsv") + "× LOAD CSV",
                "p95 " + Math.round(p95.stream().min(Double::compare).orElseThrow()) + "–"
                        + Math.round(p95.stream().max(Double::compare).orElseThrow()) + " ms",
                metrics.get("startup_aot_s") + " s with the AOT cache",
                metrics.get("startup_s") + " s as packaged");
    }

    /** Each text {@code pattern} matches in docs/*.md and README.md, with the first place it is found. */
    private static Map<String, String> names(Pattern pattern) throws IOException {
        Map<String, String> names = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> docs = Files.list(DOCS)) {
            files = new ArrayList<>(docs.filter(f -> f.toString().endsWith(".md")).sorted().toList());
        }
        files.add(Path.of("README.md"));
        assertThat(files).as("documents").hasSizeGreaterThan(5);
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                while (m.find()) {
                    names.putIfAbsent(m.group(), file + ":" + (i + 1));
                }
            }
        }
        return names;
    }

    /** Every property the application's {@code @ConfigurationProperties} records bind, lists as {@code [n]}. */
    private static Set<String> boundProperties() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Set<String> names = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.respnet")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), DocsMatchCodeTests.class.getClassLoader());
            addComponents(type.getAnnotation(ConfigurationProperties.class).value(), type, names);
        }
        return names;
    }

    private static void addComponents(String prefix, Class<?> record, Set<String> names) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            names.add(name);
            Class<?> element = component.getType();
            if (Collection.class.isAssignableFrom(element)
                    && component.getGenericType() instanceof ParameterizedType list) {
                Type argument = list.getActualTypeArguments()[0];
                if (argument instanceof Class<?> c && c.isRecord()) {
                    addComponents(name + "[n]", c, names);
                }
            } else if (element.isRecord()) {
                addComponents(name, element, names);
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The properties Spring Boot's modules declare, from the metadata each jar carries. */
    private static Set<String> springBootProperties() throws IOException {
        Set<String> names = new TreeSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String resource : List.of("META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            Enumeration<URL> urls = DocsMatchCodeTests.class.getClassLoader().getResources(resource);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        names.add(property.path("name").asString());
                    }
                }
            }
        }
        assertThat(names).as("Spring Boot's property metadata").contains("server.port", "spring.neo4j.uri");
        return names;
    }

    /** One handler method: the request methods it takes (none named: all) and its whole path. */
    record Mapping(Set<RequestMethod> methods, PathPattern pattern) {
        boolean accepts(RequestMethod method) {
            return methods.isEmpty() || methods.contains(method);
        }
    }

    private static List<Mapping> mappings() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<Mapping> mappings = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.respnet")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), DocsMatchCodeTests.class.getClassLoader());
            RequestMapping onClass = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            for (Method method : type.getDeclaredMethods()) {
                RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (onMethod == null) {
                    continue;
                }
                for (String prefix : paths(onClass)) {
                    for (String path : paths(onMethod)) {
                        mappings.add(new Mapping(Set.of(onMethod.method()),
                                PathPatternParser.defaultInstance.parse(prefix + path)));
                    }
                }
            }
        }
        return mappings;
    }

    private static List<String> paths(RequestMapping mapping) {
        return mapping == null || mapping.path().length == 0 ? List.of("") : List.of(mapping.path());
    }
}
