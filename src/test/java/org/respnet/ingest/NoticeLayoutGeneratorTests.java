package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.respnet.ingest.NoticeCorpusTests.Triple;
import org.respnet.ingest.extract.DocumentExtractor;

/**
 * The bundled notice's truth (its 167 tasks as the reader gives them, checked by
 * {@link SeedNoticeParseTests}) laid out again the way other offices publish such notices; each
 * layout must read back to exactly the same triples.
 */
class NoticeLayoutGeneratorTests {

    private static final Path SEED = Path.of("import/suizhou-2024-notice.txt");
    private static final Pattern TASK_NUMBER = Pattern.compile("^(\\d+)\\.", Pattern.MULTILINE);

    private static ParsedDocument truth() throws IOException {
        ParsedDocument doc = new NoticeParser().parse(Files.readString(SEED, StandardCharsets.UTF_8));
        assertThat(doc.tasks()).hasSize(167);
        return doc;
    }

    private static List<ParsedTask> keyTasks(ParsedDocument doc) {
        return doc.tasks().stream().filter(t -> t.kind() == TaskKind.KEY).toList();
    }

    private static Set<Triple> triplesOf(List<ParsedTask> tasks) {
        ParsedDocument only = new ParsedDocument(DocumentKind.NOTICE, "0".repeat(64), "", null, null, null, "", tasks,
                List.of());
        return NoticeCorpusTests.triples(only);
    }

    private static void assertReadBack(ParsedDocument doc, Set<Triple> expected) {
        Set<Triple> actual = NoticeCorpusTests.triples(doc);
        Set<Triple> missing = new java.util.LinkedHashSet<>(expected);
        missing.removeAll(actual);
        Set<Triple> extra = new java.util.LinkedHashSet<>(actual);
        extra.removeAll(expected);
        assertThat(missing).as("missing").isEmpty();
        assertThat(extra).as("extra").isEmpty();
    }

    private static String units(List<UnitRef> units, Function<String, String> mark) {
        return units.stream().map(u -> mark.apply(u.name() + (u.office() == null ? "" : "（" + u.office() + "）")))
                .collect(Collectors.joining("、"));
    }

    /** 「1.任务（责任领导：甲；责任单位：▲A、B）」 under a legend: ▲ marks the lead units. */
    @Test
    void leadUnitsMarkedWithATriangleUnderALegend() throws IOException {
        List<ParsedTask> tasks = keyTasks(truth());
        StringBuilder text = new StringBuilder("随州市2024年《政府工作报告》重点工作任务分解\n说明：单位名称前标▲的为牵头单位。\n");
        for (ParsedTask task : tasks) {
            text.append(task.no()).append('.').append(task.text()).append("（责任领导：")
                    .append(String.join("、", task.leaders())).append("；责任单位：")
                    .append(units(task.leadUnits(), name -> "▲" + name));
            if (!task.responsibleUnits().isEmpty()) {
                text.append('、').append(units(task.responsibleUnits(), Function.identity()));
            }
            text.append("）\n");
        }
        ParsedDocument doc = new NoticeParser().parse(text.toString());
        assertThat(doc.problems()).isEmpty();
        assertReadBack(doc, triplesOf(tasks));
    }

    /** 「一、吴丕华副市长牵头负责（共3项）」 headings over 「1.任务（A牵头，B、C配合）」: leaders by heading, roles by verb. */
    @Test
    void leadersInHeadingsAndUnlabelledBrackets() throws IOException {
        List<ParsedTask> tasks = keyTasks(truth());
        StringBuilder text = new StringBuilder("随州市2024年《政府工作报告》重点工作任务分解\n");
        // one heading per leader (or leaders), as 「一、某某同志牵头负责」 sections group a notice's tasks
        List<List<ParsedTask>> groups = new ArrayList<>(tasks.stream()
                .collect(Collectors.groupingBy(ParsedTask::leaders, java.util.LinkedHashMap::new, Collectors.toList()))
                .values());
        assertThat(groups.size()).isLessThan(100);
        int heading = 0;
        for (List<ParsedTask> group : groups) {
            heading++;
            text.append(chinese(heading)).append('、').append(group.getFirst().leaders().stream().map(l -> l + "副市长")
                    .collect(Collectors.joining("、"))).append("牵头负责（共").append(group.size()).append("项）\n");
            for (ParsedTask task : group) {
                text.append(task.no()).append('.').append(task.text()).append('（')
                        .append(units(task.leadUnits(), Function.identity())).append("牵头");
                if (!task.responsibleUnits().isEmpty()) {
                    text.append('，').append(units(task.responsibleUnits(), Function.identity())).append("配合");
                }
                text.append("）\n");
            }
        }
        ParsedDocument doc = new NoticeParser().parse(text.toString());
        assertThat(doc.problems()).isEmpty();
        assertReadBack(doc, triplesOf(tasks));
    }

    /** 「责任领导：甲、乙」 once under each section heading, for the tasks below it; units in brackets. */
    @Test
    void oneLeaderLinePerSection() throws IOException {
        List<ParsedTask> tasks = keyTasks(truth());
        StringBuilder text = new StringBuilder("随州市2024年《政府工作报告》重点工作任务分解\n");
        List<List<ParsedTask>> groups = new ArrayList<>(tasks.stream()
                .collect(Collectors.groupingBy(ParsedTask::leaders, java.util.LinkedHashMap::new, Collectors.toList()))
                .values());
        for (int g = 0; g < groups.size(); g++) {
            List<ParsedTask> group = groups.get(g);
            text.append('（').append(chinese(g + 1)).append("）第").append(chinese(g + 1)).append("组重点工作\n")
                    .append("责任领导：").append(String.join("、", group.getFirst().leaders())).append('\n');
            for (ParsedTask task : group) {
                text.append(task.no()).append('.').append(task.text()).append("（牵头单位：")
                        .append(units(task.leadUnits(), Function.identity()));
                if (!task.responsibleUnits().isEmpty()) {
                    text.append("；责任单位：").append(units(task.responsibleUnits(), Function.identity()));
                }
                text.append("）\n");
            }
        }
        ParsedDocument doc = new NoticeParser().parse(text.toString());
        assertThat(doc.problems()).isEmpty();
        assertReadBack(doc, triplesOf(tasks));
    }

    /** A Word table 序号 | 工作任务 | 责任分工, the roles as labelled lines in one cell, a section row per leader group. */
    @Test
    void wordTableWithTheRolesAsLabelledLinesInOneCell() throws Exception {
        List<ParsedTask> tasks = keyTasks(truth());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "工作任务", "责任分工"));
        for (ParsedTask task : tasks) {
            String roles = "责任领导：" + String.join("、", task.leaders()) + "\n牵头单位："
                    + units(task.leadUnits(), Function.identity())
                    + (task.responsibleUnits().isEmpty() ? "" : "\n责任单位：" + units(task.responsibleUnits(), Function.identity()));
            rows.add(List.of(task.no(), task.text(), roles));
        }
        byte[] docx = org.respnet.ingest.extract.TestFiles.docxWithTable(List.of("随州市2024年重点工作任务分解表"), rows);
        ParsedDocument doc = new NoticeParser().parse(DocumentExtractor.extract(docx));
        assertThat(doc.problems()).isEmpty();
        assertReadBack(doc, triplesOf(tasks));
    }

    private static String chinese(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        return n < 10 ? digits[n] : (n / 10 > 1 ? digits[n / 10] : "") + "十" + digits[n % 10];
    }

    /** The notice itself in GBK with CRLF line ends and full-width task numbers 「１．」. */
    @Test
    void gbkWithCrlfAndFullWidthNumbers() throws Exception {
        ParsedDocument truth = truth();
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        Matcher number = TASK_NUMBER.matcher(seed);
        StringBuilder wide = new StringBuilder();
        while (number.find()) {
            StringBuilder digits = new StringBuilder();
            number.group(1).chars().forEach(c -> digits.append((char) ('０' + (c - '0'))));
            number.appendReplacement(wide, digits + "．");
        }
        number.appendTail(wide);
        Charset gbk = Charset.forName("GBK");
        byte[] bytes = wide.toString().replace("\n", "\r\n").getBytes(gbk);
        assertThat(new String(bytes, gbk)).as("every character of the notice is in GBK")
                .isEqualTo(wide.toString().replace("\n", "\r\n"));
        ParsedDocument doc = new NoticeParser().parse(DocumentExtractor.extract(bytes));
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tasks()).hasSize(167);
        assertReadBack(doc, NoticeCorpusTests.triples(truth));
    }

    /** One table row per task: 序号 | 工作任务 | 责任领导 | 牵头单位 | 责任单位. */
    private static List<String> taskRow(ParsedTask task, String leaders) {
        return List.of(task.no(), task.text(), leaders, units(task.leadUnits(), Function.identity()),
                units(task.responsibleUnits(), Function.identity()));
    }

    /**
     * A Word table of five columns with a section row (merged across) over each section's tasks, and the 责任领导
     * cell merged down over the tasks of one section that share their leaders.
     */
    @Test
    void wordTableWithSectionRowsAndMergedLeaderCells() throws Exception {
        List<ParsedTask> tasks = keyTasks(truth());
        assertThat(tasks).allSatisfy(task -> assertThat(task.leaders()).isNotEmpty());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "工作任务", "责任领导", "牵头单位", "责任单位"));
        String section = null;
        List<String> leadersAbove = null;
        for (ParsedTask task : tasks) {
            if (!java.util.Objects.equals(task.section(), section)) {
                section = task.section();
                leadersAbove = null;
                String m = org.respnet.ingest.extract.TestFiles.MERGE_LEFT;
                rows.add(List.of(task.sectionNo() + "、" + section, m, m, m, m));
            }
            boolean merged = task.leaders().equals(leadersAbove);
            rows.add(taskRow(task, merged ? org.respnet.ingest.extract.TestFiles.MERGE_UP
                    : String.join("、", task.leaders())));
            leadersAbove = task.leaders();
        }
        byte[] docx = org.respnet.ingest.extract.TestFiles.docxWithTable(List.of("随州市2024年重点工作任务分解表"), rows);
        ParsedDocument doc = new NoticeParser().parse(DocumentExtractor.extract(docx));
        assertThat(doc.problems()).isEmpty();
        assertReadBack(doc, triplesOf(tasks));
    }

    /** An Excel sheet whose header takes two rows: 责任分工 spans 责任领导 | 牵头单位 | 责任单位 below it. */
    @Test
    void excelTwoRowHeader() throws Exception {
        List<ParsedTask> tasks = keyTasks(truth());
        String left = org.respnet.ingest.extract.TestFiles.MERGE_LEFT;
        String up = org.respnet.ingest.extract.TestFiles.MERGE_UP;
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("随州市2024年重点工作任务分解表", left, left, left, left));
        rows.add(List.of("序号", "重点工作", "责任分工", left, left));
        rows.add(List.of(up, up, "责任领导", "牵头单位", "责任单位"));
        tasks.forEach(task -> rows.add(taskRow(task, String.join("、", task.leaders()))));
        ParsedDocument doc = new NoticeParser().parse(DocumentExtractor.extract(
                org.respnet.ingest.extract.TestFiles.xlsx(rows)));
        assertThat(doc.problems()).isEmpty();
        assertReadBack(doc, triplesOf(tasks));
    }

    /** An Excel workbook with one sheet per section, each with its own header row. */
    @Test
    void excelOneSheetPerSection() throws Exception {
        List<ParsedTask> tasks = keyTasks(truth());
        java.util.Map<String, List<ParsedTask>> sections = tasks.stream().collect(Collectors.groupingBy(
                ParsedTask::section, java.util.LinkedHashMap::new, Collectors.toList()));
        assertThat(sections).hasSizeGreaterThan(2);
        byte[] xlsx;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            int n = 0;
            for (var section : sections.entrySet()) {
                var sheet = workbook.createSheet(chinese(++n) + "、" + section.getKey().substring(0,
                        Math.min(20, section.getKey().length())).replaceAll("[\\[\\]*?/\\\\:]", ""));
                int r = 0;
                var header = sheet.createRow(r++);
                List<String> titles = List.of("序号", "工作任务", "责任领导", "牵头单位", "责任单位");
                for (int c = 0; c < titles.size(); c++) {
                    header.createCell(c).setCellValue(titles.get(c));
                }
                for (ParsedTask task : section.getValue()) {
                    var row = sheet.createRow(r++);
                    List<String> cells = taskRow(task, String.join("、", task.leaders()));
                    for (int c = 0; c < cells.size(); c++) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        ParsedDocument doc = new NoticeParser().parse(DocumentExtractor.extract(xlsx));
        assertThat(doc.problems()).isEmpty();
        assertReadBack(doc, triplesOf(tasks));
    }

    private static final Pattern SECTION_LINE = Pattern.compile("^([一二三四五六七八九十]{1,3})、(.*)$");

    /**
     * The whole notice as Word writes it with automatic numbering: 「一、」 headings and 「1.」 tasks are list
     * paragraphs (w:numPr) whose numbers live in numbering.xml, not in the text. Tasks number on across sections
     * (level 2 never restarts), and each list of 「一、」 starts again at 一 (a new w:num with a start override).
     */
    @Test
    void wordAutomaticNumbering() throws Exception {
        ParsedDocument truth = truth();
        byte[] docx;
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var numbering = word.createNumbering();
            var abstractNum = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(java.math.BigInteger.ZERO);
            level(abstractNum, 0, org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.CHINESE_COUNTING,
                    "%1、", null);
            level(abstractNum, 1, org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.DECIMAL, "%2.", 0);
            var abstractId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum));
            java.math.BigInteger numId = null;
            int sections = 0;
            int tasks = 0;
            for (String line : Files.readAllLines(SEED, StandardCharsets.UTF_8)) {
                var paragraph = word.createParagraph();
                Matcher section = SECTION_LINE.matcher(line);
                Matcher task = Pattern.compile("^(\\d+)\\.(.*)$").matcher(line);
                if (section.matches()) {
                    if (section.group(1).equals("一")) {
                        // 「重新开始编号」: a new list instance over the same definition, its level 1 starting at 1
                        numId = numbering.addNum(abstractId);
                        var override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
                        override.setIlvl(java.math.BigInteger.ZERO);
                        override.addNewStartOverride().setVal(java.math.BigInteger.ONE);
                        sections = 0;
                    }
                    assertThat(chinese(++sections)).isEqualTo(section.group(1));
                    paragraph.setNumID(numId);
                    paragraph.setNumILvl(java.math.BigInteger.ZERO);
                    line = section.group(2);
                } else if (task.matches() && numId != null) {
                    assertThat(Integer.parseInt(task.group(1))).isEqualTo(++tasks);
                    paragraph.setNumID(numId);
                    paragraph.setNumILvl(java.math.BigInteger.ONE);
                    line = task.group(2);
                }
                paragraph.createRun().setText(line);
            }
            word.write(out);
            docx = out.toByteArray();
        }
        ParsedDocument doc = new NoticeParser().parse(DocumentExtractor.extract(docx));
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tasks()).hasSize(167);
        assertReadBack(doc, NoticeCorpusTests.triples(truth));
    }

    /** One level of a Word list definition; {@code restart} 0 numbers on under higher levels, null restarts. */
    private static void level(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum abstractNum, int ilvl,
            org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.Enum format, String text,
            Integer restart) {
        var lvl = abstractNum.addNewLvl();
        lvl.setIlvl(java.math.BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(java.math.BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        if (restart != null) {
            lvl.addNewLvlRestart().setVal(java.math.BigInteger.valueOf(restart));
        }
    }

    /**
     * A Word table 序号 | 工作任务 | 责任领导 | 责任单位 whose unit cells mark the lead units with ▲, explained by a
     * legend in a paragraph above the table.
     */
    @Test
    void wordTableWithTriangleMarksUnderALegendAbove() throws Exception {
        List<ParsedTask> tasks = keyTasks(truth());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "工作任务", "责任领导", "责任单位"));
        for (ParsedTask task : tasks) {
            String units = units(task.leadUnits(), name -> "▲" + name)
                    + (task.responsibleUnits().isEmpty() ? "" : "、" + units(task.responsibleUnits(), Function.identity()));
            rows.add(List.of(task.no(), task.text(), String.join("、", task.leaders()), units));
        }
        byte[] docx = org.respnet.ingest.extract.TestFiles.docxWithTable(
                List.of("随州市2024年重点工作任务分解表", "说明：单位名称前标▲的为牵头单位。"), rows);
        ParsedDocument doc = new NoticeParser().parse(DocumentExtractor.extract(docx));
        assertThat(doc.problems()).isEmpty();
        assertReadBack(doc, triplesOf(tasks));
    }

    /**
     * A PDF of a ruled table 序号 | 工作任务 | 责任领导 | 牵头单位 | 责任单位 running over many pages, its header
     * printed again at the top of each, a section row merged across over each section's tasks, long task texts
     * wrapped within their column, a page number at each foot.
     */
    @Test
    void pdfTableSplitAcrossPagesWithItsHeaderRepeated() throws Exception {
        List<ParsedTask> tasks = keyTasks(truth());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "工作任务", "责任领导", "牵头单位", "责任单位"));
        String section = null;
        for (ParsedTask task : tasks) {
            if (!java.util.Objects.equals(task.section(), section)) {
                section = task.section();
                String m = org.respnet.ingest.extract.TestFiles.MERGE_LEFT;
                rows.add(List.of(task.sectionNo() + "、" + section, m, m, m, m));
            }
            rows.add(taskRow(task, String.join("、", task.leaders())));
        }
        byte[] pdf = org.respnet.ingest.extract.TestFiles.pdfTable(List.of("随州市2024年重点工作任务分解表"), rows,
                new float[] {40, 330, 90, 120, 110});
        try (var printed = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(printed.getNumberOfPages()).as("the table runs over pages").isGreaterThan(5);
        }
        ParsedDocument doc = new NoticeParser().parse(DocumentExtractor.extract(pdf));
        assertThat(doc.problems()).isEmpty();
        assertReadBack(doc, triplesOf(tasks));
    }

    /** The notice as a government website's CMS publishes it: every paragraph cut into styled {@code <span>}s. */
    @Test
    void cmsPageWithEveryParagraphInManySpans() throws Exception {
        ParsedDocument truth = truth();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>随州市人民政府"
                + "</title></head><body><div class=\"TRS_Editor\">");
        for (String line : Files.readAllLines(SEED, StandardCharsets.UTF_8)) {
            html.append("<p style=\"text-indent:2em\">");
            for (int i = 0; i < line.length(); i += 7) {
                html.append("<span style=\"font-family:仿宋_GB2312;font-size:16pt\">")
                        .append(line, i, Math.min(line.length(), i + 7)).append("</span>");
            }
            html.append("</p>\n");
        }
        html.append("</div></body></html>");
        ParsedDocument doc = new NoticeParser().parse(DocumentExtractor.extract(
                html.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tasks()).hasSize(167);
        assertReadBack(doc, NoticeCorpusTests.triples(truth));
    }
}
