package org.respnet.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

/**
 * A table a PDF draws with ruled borders, found from the page's horizontal and vertical rules alone
 * (PDF has no table structure): the rules that cross one another make a grid, the horizontal ones
 * part its rows and the vertical ones its columns. Glyphs inside the grid are put into their cells by
 * where they stand, so a cell's text stays whole however many lines it wraps to, and a row is a row
 * however many lines its cells take. A cell spanning columns (no vertical rule through it) keeps its
 * text in its first column, the columns it covers are empty, as the other readers give merged cells.
 *
 * <p>Coordinates are PDFBox's text coordinates: x from the left edge, y down from the top.
 */
final class PdfRuledTable {

    /** Rules closer than this (points) are one; a rule ends this near another to meet it. */
    private static final float TOUCH = 1.5f;
    /** More rules than this on a page is drawing, not a table: the page is read as text. */
    static final int MAX_RULES = 4000;

    /** A horizontal ({@code y0 == y1}) or vertical ({@code x0 == x1}) rule. */
    record Rule(float x0, float y0, float x1, float y1) {

        boolean horizontal() {
            return y1 - y0 < x1 - x0;
        }
    }

    final int page;
    private final float[] xs;
    private final float[] ys;
    private final List<Rule> verticals;
    private final List<List<List<TextPosition>>> cells;

    private PdfRuledTable(int page, float[] xs, float[] ys, List<Rule> verticals) {
        this.page = page;
        this.xs = xs;
        this.ys = ys;
        this.verticals = verticals;
        this.cells = new ArrayList<>();
        for (int r = 0; r + 1 < ys.length; r++) {
            List<List<TextPosition>> row = new ArrayList<>();
            for (int c = 0; c + 1 < xs.length; c++) {
                row.add(new ArrayList<>());
            }
            cells.add(row);
        }
    }

    /** The top border: where the table stands among the page's lines. */
    float top() {
        return ys[0];
    }

    /**
     * The grids the rules make: rules joined when they cross or meet, and each group with at least two
     * columns and one row is a table (a framed box or an underline is none).
     */
    static List<PdfRuledTable> find(int page, List<Rule> rules, ExtractionBudget budget) {
        if (rules.size() > MAX_RULES) {
            return List.of();
        }
        int n = rules.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < n; i++) {
            if (i % 256 == 0) {
                budget.time();
            }
            for (int j = i + 1; j < n; j++) {
                if (meet(rules.get(i), rules.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<PdfRuledTable> tables = new ArrayList<>();
        for (int group = 0; group < n; group++) {
            if (root(parent, group) != group) {
                continue;
            }
            List<Rule> horizontals = new ArrayList<>();
            List<Rule> verticals = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (root(parent, i) == group) {
                    (rules.get(i).horizontal() ? horizontals : verticals).add(rules.get(i));
                }
            }
            float[] xs = distinct(verticals.stream().map(Rule::x0).toList());
            float[] ys = distinct(horizontals.stream().map(Rule::y0).toList());
            if (xs.length >= 3 && ys.length >= 2) {
                tables.add(new PdfRuledTable(page, xs, ys, verticals));
            }
        }
        tables.sort(Comparator.comparingDouble(PdfRuledTable::top));
        return tables;
    }

    private static boolean meet(Rule a, Rule b) {
        if (a.horizontal() == b.horizontal()) {
            return false; // parallel rules join through the rules that cross them
        }
        Rule h = a.horizontal() ? a : b;
        Rule v = a.horizontal() ? b : a;
        return v.x0() >= h.x0() - TOUCH && v.x0() <= h.x1() + TOUCH && h.y0() >= v.y0() - TOUCH && h.y0() <= v.y1() + TOUCH;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The values sorted, those within {@link #TOUCH} of the one before counted once. */
    private static float[] distinct(List<Float> values) {
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        float[] out = new float[sorted.length];
        int count = 0;
        for (float value : sorted) {
            if (count == 0 || value - out[count - 1] > TOUCH) {
                out[count++] = value;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Takes the glyph into its cell if it stands inside the grid. */
    boolean take(TextPosition glyph) {
        float x = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
        float y = glyph.getYDirAdj() - glyph.getHeightDir() / 2;
        if (x <= xs[0] || x >= xs[xs.length - 1] || y <= ys[0] || y >= ys[ys.length - 1]) {
            return false;
        }
        int row = 0;
        while (y > ys[row + 1]) {
            row++;
        }
        float mid = (ys[row] + ys[row + 1]) / 2;
        int column = 0;
        for (int c = 1; c + 1 < xs.length && xs[c] < x; c++) {
            if (crosses(xs[c], mid)) {
                column = c; // a column edge only where a rule runs through this row
            }
        }
        cells.get(row).get(column).add(glyph);
        return true;
    }

    private boolean crosses(float x, float y) {
        for (Rule v : verticals) {
            if (Math.abs(v.x0() - x) <= TOUCH && v.y0() - TOUCH <= y && y <= v.y1() + TOUCH) {
                return true;
            }
        }
        return false;
    }

    /** The rows of cell texts; a cell's wrapped lines joined back, its own line breaks kept. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            float mid = (ys[r] + ys[r + 1]) / 2;
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < cells.get(r).size(); c++) {
                int edge = c + 1;
                while (edge + 1 < xs.length && !crosses(xs[edge], mid)) {
                    edge++; // the cell spans the columns up to the next rule through this row
                }
                texts.add(cellText(cells.get(r).get(c), xs[c], xs[edge]));
            }
            rows.add(texts);
        }
        return rows;
    }

    /**
     * A cell's glyphs as text: lines by baseline, glyphs by x. A line that reaches the cell's right
     * edge (within two characters: a line may not begin with 、 or ）, so the printer carries a character
     * down) was wrapped and runs on into the next; a shorter one ended a paragraph of the cell.
     */
    private static String cellText(List<TextPosition> glyphs, float left, float right) {
        if (glyphs.isEmpty()) {
            return "";
        }
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        for (TextPosition glyph : sorted) {
            List<TextPosition> line = lines.isEmpty() ? null : lines.getLast();
            if (line == null || glyph.getYDirAdj() - line.getFirst().getYDirAdj() > line.getFirst().getHeightDir() / 2) {
                line = new ArrayList<>();
                lines.add(line);
            }
            line.add(glyph);
        }
        float margin = Float.MAX_VALUE;
        for (List<TextPosition> line : lines) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            margin = Math.min(margin, line.getFirst().getXDirAdj() - left);
        }
        margin = Math.max(margin, 0);
        StringBuilder text = new StringBuilder();
        float aboveEnd = 0;
        float aboveGlyph = 0;
        for (List<TextPosition> line : lines) {
            float glyph = 0;
            float end = 0;
            StringBuilder printed = new StringBuilder();
            for (TextPosition p : line) {
                if (!printed.isEmpty() && p.getXDirAdj() - end > 0.25f * Math.max(p.getWidthDirAdj(), 2f)
                        && printed.charAt(printed.length() - 1) != ' ') {
                    printed.append(' '); // a gap the printer left for a space it did not draw
                }
                printed.append(p.getUnicode() == null ? "" : p.getUnicode());
                end = Math.max(end, p.getXDirAdj() + p.getWidthDirAdj());
                glyph = Math.max(glyph, p.getWidthDirAdj());
            }
            if (!text.isEmpty() && !printed.isEmpty()) {
                boolean wrapped = aboveEnd >= right - margin - 2 * Math.max(aboveGlyph, 2f);
                char last = text.charAt(text.length() - 1);
                char first = printed.charAt(0);
                if (!wrapped) {
                    text.append('\n');
                } else if (last < 128 && Character.isLetterOrDigit(last) && first < 128 && Character.isLetterOrDigit(first)) {
                    text.append(' '); // Latin words wrap at a space the line break took
                }
            }
            text.append(printed);
            aboveEnd = end;
            aboveGlyph = glyph;
        }
        return text.toString();
    }
}
