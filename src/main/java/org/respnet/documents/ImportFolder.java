package org.respnet.documents;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.respnet.ingest.ReferenceData;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The {@code import/} folder: source documents and {@code units.csv}. Read from disk when the
 * folder exists (so users can edit it), otherwise from the copies bundled in the jar.
 */
@Component
public class ImportFolder {

    private static final String REFERENCE_FILE = "units.csv";

    private final ImportFolderProperties properties;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    ImportFolder(ImportFolderProperties properties) {
        this.properties = properties;
    }

    /** File endings of the documents the folder may hold; the format itself is told by content. */
    private static final Pattern DOCUMENT = Pattern.compile(".*\\.(txt|html?|docx?|xlsx?|pdf)$", Pattern.CASE_INSENSITIVE);

    /** Every document (text, web page, Word, Excel, PDF), in file-name order. */
    public List<Resource> documents() {
        try {
            Resource[] found = Files.isDirectory(properties.dir())
                    ? resolver.getResources("file:" + properties.dir().toAbsolutePath() + "/*")
                    : resolver.getResources("classpath*:import/*");
            return Arrays.stream(found)
                    .filter(r -> r.getFilename() != null && DOCUMENT.matcher(r.getFilename()).matches())
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list documents in " + properties.dir(), e);
        }
    }

    /** Unit kinds and group membership; empty when no {@code units.csv} exists anywhere. */
    public ReferenceData referenceData() {
        Resource csv = Files.isDirectory(properties.dir())
                ? new FileSystemResource(properties.dir().resolve(REFERENCE_FILE))
                : resolver.getResource("classpath:import/" + REFERENCE_FILE);
        if (!csv.exists()) {
            return ReferenceData.empty();
        }
        try (var reader = new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8)) {
            return ReferenceData.read(reader, String.valueOf(csv.getFilename()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv.getDescription(), e);
        }
    }
}
