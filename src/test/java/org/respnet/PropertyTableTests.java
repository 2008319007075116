package org.respnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The README's property table is complete and right: every {@code respnet.*} property of
 * {@code application.properties} (and the server and Neo4j connection settings) has a row with the same
 * environment variable and default; every component of a {@code @ConfigurationProperties} record has a
 * line in {@code application.properties} (so each default is written there, once) or, for lists of
 * objects, a row of its own.
 */
class PropertyTableTests {

    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Path README = Path.of("README.md");
    private static final List<String> ALSO_DOCUMENTED = List.of("server.address", "server.port", "spring.neo4j.uri",
            "spring.neo4j.authentication.username", "spring.neo4j.authentication.password");
    /** {@code ${ENV:default}}: the environment variable and the default. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):(.*)}");
    /** A table row whose first cell starts with a backticked property name. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z0-9.\\[\\]-]+)`[^|]*\\|([^|]*)\\|([^|]*)\\|");

    /** One property as application.properties sets it. */
    record Setting(String env, String defaultValue) {
    }

    @Test
    void everyPropertyHasARowWithItsEnvironmentVariableAndDefault() throws IOException {
        Map<String, Setting> settings = settings();
        Map<String, Setting> rows = rows();

        List<String> documented = new ArrayList<>(ALSO_DOCUMENTED);
        settings.keySet().stream().filter(name -> name.startsWith("respnet.")).forEach(documented::add);
        assertThat(rows.keySet()).as("README property table").containsAll(documented);
        for (String name : documented) {
            assertThat(rows.get(name)).as(name + ": README row vs application.properties").isEqualTo(settings.get(name));
        }
    }

    @Test
    void everyRowNamesARealProperty() throws IOException {
        Map<String, Setting> settings = settings();

        for (String name : rows().keySet()) {
            assertThat(settings.containsKey(name) || name.contains("[n]")).as(name + " is in application.properties")
                    .isTrue();
        }
    }

    @Test
    void everyConfigurationPropertyIsSetInApplicationProperties() throws Exception {
        Map<String, Setting> settings = settings();
        TreeSet<String> rows = new TreeSet<>(rows().keySet());

        List<String> missing = new ArrayList<>();
        for (String name : configurationProperties()) {
            boolean listOfObjects = rows.stream().anyMatch(row -> row.startsWith(name + "[n]"));
            if (!settings.containsKey(name) && !listOfObjects) {
                missing.add(name);
            }
        }
        assertThat(missing).as("properties bound by a record but given no default in application.properties").isEmpty();
    }

    /** application.properties, each value read as {@code ${ENV:default}} (or a plain value, with no variable). */
    static Map<String, Setting> settings() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(PROPERTIES, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (String name : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(name).strip();
            Matcher m = PLACEHOLDER.matcher(value);
            settings.put(name, m.matches() ? new Setting(m.group(1), m.group(2)) : new Setting("", value));
        }
        return settings;
    }

    /** The README's property rows: name, environment variable and default, each without backticks. */
    static Map<String, Setting> rows() throws IOException {
        Map<String, Setting> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                rows.put(m.group(1), new Setting(unquote(m.group(2)), unquote(m.group(3))));
            }
        }
        return rows;
    }

    private static String unquote(String cell) {
        String value = cell.strip();
        return value.startsWith("`") && value.endsWith("`") && value.length() >= 2
                ? value.substring(1, value.length() - 1) : value;
    }

    /** Every property a {@code @ConfigurationProperties} record of the application binds, in kebab case. */
    static List<String> configurationProperties() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<String> names = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.respnet")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), PropertyTableTests.class.getClassLoader());
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(prefix + "." + kebab(component.getName()));
            }
        }
        assertThat(names).as("records found").isNotEmpty();
        return names;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
