package org.respnet.ingest.extract;

/**
 * Where a block stands in the file the user gave, so a problem or a preview row can point at it.
 *
 * @param line  1-based running number of the block in document order (a text file's line, a Word
 *              paragraph, a table row); problems keep reporting it as their line
 * @param where the same place in the file's own terms, in Chinese: 第12行, 第3页, 表1第4行
 */
public record Place(int line, String where) {

    public static Place ofLine(int line) {
        return new Place(line, "第" + line + "行");
    }
}
