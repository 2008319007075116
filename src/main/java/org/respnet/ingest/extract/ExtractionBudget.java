package org.respnet.ingest.extract;

/**
 * The work left for one document: readers charge cells before they build them and look at the clock
 * between rows, pages and content-stream operators, so a limit stops a read before it costs memory.
 * Throws an unchecked {@link Exceeded} from inside library callbacks; {@link DocumentExtractor} turns it
 * into an {@link ExtractionLimitException}.
 */
final class ExtractionBudget {

    static final String PREFIX = "respnet.import.limits.";

    private final ExtractionLimits limits;
    private final long deadline;
    private long cells;

    ExtractionBudget(ExtractionLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    ExtractionLimits limits() {
        return limits;
    }

    /** Counts {@code count} cells about to be built (or merged-area rows about to be looked at). */
    void cells(long count) {
        cells += count;
        if (cells > limits.maxCells()) {
            throw new Exceeded("cells", "表格单元格超过上限 " + limits.maxCells() + " 个（行数×列数，合并单元格与跨列跨行计入）");
        }
        time();
    }

    void time() {
        if (System.nanoTime() - deadline >= 0) {
            throw new Exceeded("time", "读取时间超过上限 " + limits.maxTime().toSeconds() + " 秒");
        }
    }

    void pages(int pages) {
        if (pages > limits.maxPages()) {
            throw new Exceeded("pages", "PDF 共 " + pages + " 页，超过上限 " + limits.maxPages() + " 页");
        }
    }

    void expandedSize(long bytes) {
        if (bytes > limits.maxExpandedSize()) {
            throw new Exceeded("expanded-size", "文件解压后超过上限 " + limits.maxExpandedSize() / (1024 * 1024) + " MB");
        }
    }

    /** Cells charged so far. */
    long cellsCharged() {
        return cells;
    }

    /** A limit reached inside a reader; {@code limit} is the setting's name after {@link #PREFIX}. */
    static final class Exceeded extends RuntimeException {

        final String limit;

        Exceeded(String limit, String message) {
            super(message, null, false, false);
            this.limit = limit;
        }

        ExtractionLimitException checked() {
            return new ExtractionLimitException(PREFIX + limit, "文件超出导入限制 " + PREFIX + limit + "："
                    + getMessage() + "，未导入。请删去多余的表格、页面或合并单元格后重新上传，或由管理员调整该设置。");
        }
    }
}
