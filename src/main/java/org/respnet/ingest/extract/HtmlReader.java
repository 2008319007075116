package org.respnet.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.respnet.ingest.TextDecoder;

/**
 * A web page saved from a government site, through jsoup: the article body only (not the site's
 * navigation, header, footer or scripts), its text lines as paragraphs and its tables as tables.
 */
final class HtmlReader {

    /** Article containers of the content systems Chinese government sites run on: trusted when they hold any text. */
    private static final List<String> GOVERNMENT_ARTICLE = List.of(
            "#zoom", "#UCAP-CONTENT", ".TRS_Editor", "#TRS_Editor", ".TRS_UEDITOR", "#fontzoom", "#Zoom", ".zoom");
    /** Generic article containers, also used for whole-page wrappers: trusted only when they hold much of the text. */
    private static final List<String> GENERIC_ARTICLE = List.of(
            "article", "#article", ".article-content", ".article", "#content", ".content", "main", "#main");
    /** Page furniture that never holds the notice. */
    private static final String CHROME = "script, style, noscript, template, nav, header, footer, iframe, form,"
            + " button, select, [role=navigation], [role=banner], [role=contentinfo], [hidden]";
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "aside", "blockquote", "pre", "center",
            "address", "figure", "figcaption", "hr", "caption", "tr", "td", "th", "tbody", "thead", "tfoot");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlReader() {
    }

    static SourceDocument read(byte[] bytes, ExtractionBudget budget) throws UnreadableDocumentException {
        Document page = Jsoup.parse(decode(bytes));
        page.select(CHROME).remove();
        BlockCollector out = new BlockCollector();
        new Walker(out, budget).flow(article(page));
        return out.document("html");
    }

    /**
     * The page's text: as its meta tag declares when the bytes really are in that charset (saved
     * pages keep the server's declaration), else UTF-8, else GB18030, the same as a text file.
     */
    static String decode(byte[] bytes) throws UnreadableDocumentException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher declared = META_CHARSET.matcher(head);
        if (declared.find()) {
            Optional<String> text = declaredCharset(declared.group(1)).flatMap(cs -> strict(bytes, cs));
            if (text.isPresent()) {
                return text.get().replace("\uFEFF", "");
            }
        }
        try {
            return TextDecoder.decode(bytes).text().replace("\uFEFF", "");
        } catch (TextDecoder.UndecodableException e) {
            throw new UnreadableDocumentException("网页的文字无法解码：" + e.getMessage(), e);
        }
    }

    private static Optional<Charset> declaredCharset(String name) {
        String n = name.toLowerCase();
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("gb18030")) {
            return Optional.of(Charset.forName("GB18030")); // pages declaring GB2312 use GBK characters too
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        int skip = charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * The element holding the article: a known content-system container with real text in it, else
     * the element with the most text in paragraphs of its own, else the whole body.
     */
    static Element article(Document page) {
        Element body = page.body();
        int bodyText = body.text().length();
        for (String selector : GOVERNMENT_ARTICLE) {
            for (Element candidate : page.select(selector)) {
                if (!candidate.text().isBlank()) {
                    return candidate;
                }
            }
        }
        for (String selector : GENERIC_ARTICLE) {
            for (Element candidate : page.select(selector)) {
                if (candidate.text().length() * 2 >= bodyText) {
                    return candidate;
                }
            }
        }
        Element best = body;
        int bestScore = 0;
        for (Element element : body.getAllElements()) {
            int score = ownParagraphText(element);
            if (score > bestScore) {
                best = element;
                bestScore = score;
            }
        }
        // An element holding under a third of the page's text is one block of many, not the article.
        return bestScore * 3 >= bodyText ? best : body;
    }

    /** Text directly inside an element or in its own {@code <p>}/{@code <br>}-separated children. */
    private static int ownParagraphText(Element element) {
        int length = element.ownText().length();
        for (Element child : element.children()) {
            if (child.nameIs("p") || child.nameIs("span") || child.nameIs("font") || child.nameIs("strong")) {
                length += child.text().length();
            }
        }
        return length;
    }

    /** Turns flow content into lines (a block element or {@code <br>} ends one) and tables into tables. */
    private static final class Walker {

        private final BlockCollector out;
        private final ExtractionBudget budget;
        private final StringBuilder line = new StringBuilder();
        private int paragraph;

        Walker(BlockCollector out, ExtractionBudget budget) {
            this.out = out;
            this.budget = budget;
        }

        void flow(Element root) {
            walk(root, false);
            endLine();
        }

        private void walk(Node node, boolean pre) {
            if (node instanceof TextNode text) {
                line.append(pre ? text.getWholeText() : collapse(text.getWholeText()));
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (tag.equals("br")) {
                endLine();
                return;
            }
            if (tag.equals("table")) {
                endLine();
                if (isLayout(element)) {
                    for (Element cell : cells(element)) {
                        walk(cell, pre);
                        endLine();
                    }
                } else {
                    table(element);
                }
                return;
            }
            boolean block = BLOCK_TAGS.contains(tag);
            if (block) {
                endLine();
            }
            for (Node child : element.childNodes()) {
                walk(child, pre || tag.equals("pre"));
            }
            if (block) {
                endLine();
            }
        }

        private void endLine() {
            if (!line.isEmpty()) {
                String text = line.toString();
                line.setLength(0);
                if (!BlockCollector.clean(text.replace('\n', ' ')).isEmpty()) {
                    paragraph++;
                    out.paragraph(text, "第" + paragraph + "段");
                }
            }
        }

        private void table(Element table) {
            List<Element> rows = rows(table);
            List<List<String>> grid = new ArrayList<>();
            // spanned[r] holds, per column, whether an earlier row's rowspan already fills it.
            List<List<Boolean>> filled = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                ensure(grid, filled, r);
                int c = 0;
                for (Element cell : rows.get(r).children()) {
                    if (!cell.nameIs("td") && !cell.nameIs("th")) {
                        continue;
                    }
                    while (isFilled(filled, r, c)) {
                        c++;
                    }
                    int rowSpan = Math.min(span(cell, "rowspan"), rows.size() - r);
                    int colSpan = span(cell, "colspan");
                    // Every cell a span fills is built below: charged first, so colspan=1000 costs its budget, not the heap.
                    budget.cells((long) rowSpan * colSpan);
                    for (int dr = 0; dr < rowSpan; dr++) {
                        ensure(grid, filled, r + dr);
                        for (int dc = 0; dc < colSpan; dc++) {
                            set(grid.get(r + dr), c + dc, dr == 0 && dc == 0 ? cellText(cell) : "");
                            set(filled.get(r + dr), c + dc, true);
                        }
                    }
                    c += colSpan;
                }
            }
            int width = grid.stream().mapToInt(List::size).max().orElse(0);
            budget.cells(grid.stream().mapToLong(row -> width - row.size()).sum());
            for (List<String> row : grid) {
                while (row.size() < width) {
                    row.add("");
                }
            }
            int number = out.nextTableNumber();
            out.table(grid, "表" + number, i -> "表" + number + "第" + (i + 1) + "行");
        }

        private String cellText(Element cell) {
            BlockCollector lines = new BlockCollector();
            new Walker(lines, budget).flow(cell);
            return String.join("\n", lines.document("").blocks().stream()
                    .map(b -> b instanceof Block.Paragraph p ? p.text() : tableText((Block.Table) b)).toList());
        }

        private static String tableText(Block.Table table) {
            return String.join("\n", table.rows().stream().map(r -> String.join(" ", r.cells())).toList());
        }

        private static <T> void set(List<T> row, int column, T value) {
            while (row.size() <= column) {
                row.add(null);
            }
            row.set(column, value);
        }

        private static void ensure(List<List<String>> grid, List<List<Boolean>> filled, int r) {
            while (grid.size() <= r) {
                grid.add(new ArrayList<>());
                filled.add(new ArrayList<>());
            }
        }

        private static boolean isFilled(List<List<Boolean>> filled, int r, int c) {
            List<Boolean> row = filled.get(r);
            return c < row.size() && Boolean.TRUE.equals(row.get(c));
        }
    }

    /** The table's own rows, not those of tables nested in its cells. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                child.children().stream().filter(e -> e.nameIs("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    private static List<Element> cells(Element table) {
        List<Element> cells = new ArrayList<>();
        for (Element row : rows(table)) {
            row.children().stream().filter(e -> e.nameIs("td") || e.nameIs("th")).forEach(cells::add);
        }
        return cells;
    }

    /**
     * A table used to lay the page out rather than to hold data: a single column, or one with
     * tables inside it. Its cells are read as running text.
     */
    private static boolean isLayout(Element table) {
        boolean nested = !table.select("td table, th table").isEmpty();
        int widest = rows(table).stream()
                .mapToInt(r -> (int) r.children().stream().filter(e -> e.nameIs("td") || e.nameIs("th")).count())
                .max().orElse(0);
        return nested || widest <= 1;
    }

    private static int span(Element cell, String attribute) {
        try {
            int value = Integer.parseInt(cell.attr(attribute).trim());
            return Math.max(1, Math.min(value, 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** HTML white space runs collapse to one space, but a line break between two Chinese characters disappears. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
                int j = i;
                boolean newline = false;
                while (j < text.length() && " \t\n\r\f".indexOf(text.charAt(j)) >= 0) {
                    newline |= text.charAt(j) == '\n' || text.charAt(j) == '\r';
                    j++;
                }
                boolean between = newline && i > 0 && j < text.length()
                        && isWide(text.charAt(i - 1)) && isWide(text.charAt(j));
                if (!between) {
                    out.append(' ');
                }
                i = j;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isWide(char ch) {
        Character.UnicodeScript script = Character.UnicodeScript.of(ch);
        return script == Character.UnicodeScript.HAN || (ch >= '\u3000' && ch <= '\u303F') || (ch >= '\uFF00' && ch <= '\uFFEF');
    }
}
