package org.respnet.console;

import java.util.List;

/** A console answer: column names, up to the row cap of rows, and whether rows were cut off. */
public record ConsoleResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
}
