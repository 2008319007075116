package org.respnet.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The bundled named queries of {@code cypher/} that read, offered in the console as examples with
 * their header comment and the parameters they need. Import and schema files write, so they are left out.
 */
@Component
class NamedQueryExamples {

    /** One example: file name without {@code .cypher}, its header comment, its text and its parameters. */
    record Example(String name, String description, String query, List<String> parameters) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> WRITING_PREFIXES = Set.of("import-", "schema");

    private final List<Example> examples;

    NamedQueryExamples() {
        this.examples = load();
    }

    List<Example> all() {
        return examples;
    }

    private static List<Example> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/*.cypher");
            return Arrays.stream(files)
                    .filter(file -> file.getFilename() != null)
                    .filter(file -> WRITING_PREFIXES.stream().noneMatch(file.getFilename()::startsWith))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(NamedQueryExamples::read)
                    .filter(Objects::nonNull)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list cypher/*.cypher", e);
        }
    }

    private static Example read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            try {
                QueryPolicy.check(text, Integer.MAX_VALUE);
            } catch (QueryRefusedException writes) {
                return null;
            }
            String description = text.lines().takeWhile(line -> line.strip().startsWith("//"))
                    .map(line -> line.strip().substring(2).strip())
                    .reduce((a, b) -> a + " " + b).orElse("");
            Set<String> parameters = new LinkedHashSet<>();
            Matcher m = PARAMETER.matcher(QueryPolicy.codeOf(text));
            while (m.find()) {
                parameters.add(m.group(1));
            }
            String name = file.getFilename().replaceFirst("\\.cypher$", "");
            return new Example(name, description, text, List.copyOf(parameters));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getDescription(), e);
        }
    }
}
