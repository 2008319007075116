package org.respnet.ingest.extract;

import java.util.List;

/** One piece of a document in reading order: a paragraph (a line of text) or a table. */
public sealed interface Block {

    Place place();

    /** A line or paragraph of running text. */
    record Paragraph(String text, Place place) implements Block {
    }

    /**
     * A table as its rows of cell texts; a merged cell's text stands in its first cell, the cells it covers are empty.
     * Each row keeps its own place (表1第4行, or the line of a pipe row in a text file).
     */
    record Table(List<Row> rows, Place place) implements Block {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /** A table row: its cells in column order. */
    record Row(List<String> cells, Place place) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
