package org.respnet.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the documents and reference data come from.
 *
 * @param dir          folder of {@code *.txt} documents and {@code units.csv}; when it does not exist the
 *                     copies bundled in the jar are used
 * @param importOnStart import every document there when the database holds no document yet
 * @param maxDocumentSize largest document accepted over HTTP (raw body or multipart file); larger ones get 413
 */
@ConfigurationProperties("respnet.import")
public record ImportFolderProperties(
        Path dir,
        boolean importOnStart,
        DataSize maxDocumentSize) {
}
