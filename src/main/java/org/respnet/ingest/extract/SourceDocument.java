package org.respnet.ingest.extract;

import java.util.List;

/**
 * Any supported file reduced to one form: its blocks in document order and the format it was
 * read as. Every format reaches the notice reader this way, so one reader serves them all.
 *
 * @param format the detected format: {@code text/UTF-8}, {@code text/GB18030}, {@code docx}, {@code doc},
 *               {@code xlsx}, {@code xls}, {@code html} or {@code pdf}
 * @param blocks paragraphs and tables in document order
 */
public record SourceDocument(String format, List<Block> blocks) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
    }
}
