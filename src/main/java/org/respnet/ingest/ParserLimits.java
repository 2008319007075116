package org.respnet.ingest;

/**
 * Bounds on one document, so a hostile or broken upload is refused with a problem naming the
 * limit instead of holding the server. The defaults are far above any real notice (随州: 167 tasks,
 * at most 12 units on a task, 430 lines).
 *
 * @param maxUnitsPerTask units named on one task, lead and responsible together
 * @param maxTasks        tasks in one document
 * @param maxBlocks       lines, paragraphs and table rows in one document
 */
public record ParserLimits(int maxUnitsPerTask, int maxTasks, int maxBlocks) {

    public static final ParserLimits DEFAULTS = new ParserLimits(200, 20_000, 200_000);

    public ParserLimits {
        if (maxUnitsPerTask < 1 || maxTasks < 1 || maxBlocks < 1) {
            throw new IllegalArgumentException("parser limits must be positive: " + maxUnitsPerTask + ", "
                    + maxTasks + ", " + maxBlocks);
        }
    }
}
