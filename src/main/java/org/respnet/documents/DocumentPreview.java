package org.respnet.documents;

import java.util.List;

import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ParsedTask;
import org.respnet.ingest.Problem;
import org.respnet.ingest.UnitRef;
import org.respnet.ingest.Warning;

/**
 * What an upload would import, shown before anything is written: each task with its roles and its
 * place in the file, every warning (read by guess) and every problem (would reject it).
 *
 * @param importable      true when importing it would succeed (no problems)
 * @param alreadyImported the id of the document already holding this notice (same content, or the same
 *                        text in another format), else null
 * @param revisionOf      the id of the imported document this one revises (same 文号, city and year, other
 *                        content), else null; {@code difference} then says what replacing it would change
 * @param tables          each table with its header and the role of each column, for the clerk to change
 * @param profiles        the city's saved readings it was read with (the headers they fit, when saved); empty
 *                        when none fitted
 * @param lines           the document's lines (paragraphs and table rows) when no task could be read, or the clerk
 *                        marked some as tasks: so a document is never a dead end; else empty
 */
public record DocumentPreview(
        boolean importable,
        String alreadyImported,
        String revisionOf,
        DocumentRevision.Difference difference,
        String format,
        String kind,
        String title,
        String docNo,
        String city,
        Integer year,
        List<TaskRow> tasks,
        List<Warning> warnings,
        List<Problem> problems,
        List<ParsedDocument.TableLayout> tables,
        List<AppliedProfile> profiles,
        List<Line> lines) {

    /** The lines offered for marking stop here: a notice's tasks come long before. */
    static final int MAX_LINES = 600;
    private static final int MAX_LINE_TEXT = 300;

    /** One line of the document as the clerk may mark it: its number in the text and its words. */
    public record Line(int line, String text) {
    }

    /** A reading profile of the city the document was read with. */
    public record AppliedProfile(String header, String savedAt) {
    }

    /** One task as the preview table shows it. */
    public record TaskRow(String no, String where, int line, String section, String text, List<String> leaders,
            List<String> leadUnits, List<String> responsibleUnits, String leadRule, String deadline) {

        static TaskRow of(ParsedTask task) {
            return new TaskRow(task.no(), task.where(), task.line(), task.section(),
                    task.item() == null ? task.text() : task.item() + " — " + task.text(), task.leaders(),
                    names(task.leadUnits()), names(task.responsibleUnits()),
                    task.leadRule() == null ? null : task.leadRule().name(), task.deadline());
        }

        private static List<String> names(List<UnitRef> units) {
            return units.stream().map(u -> u.office() == null ? u.name() : u.name() + "（" + u.office() + "）").toList();
        }
    }

    static DocumentPreview of(ParsedDocument parsed, List<Problem> problems, String alreadyImported,
            DocumentRevision.Difference difference, List<ReadingProfiles.Profile> profiles, boolean marked) {
        return new DocumentPreview(problems.isEmpty(), alreadyImported,
                difference == null ? null : difference.revisionOf(), difference, parsed.format(), parsed.kind().name(),
                parsed.title(), parsed.docNo(), parsed.city(), parsed.year(),
                parsed.tasks().stream().map(TaskRow::of).toList(), parsed.warnings(), problems, parsed.tables(),
                profiles.stream().map(p -> new AppliedProfile(p.header(), p.savedAt())).toList(),
                parsed.tasks().isEmpty() || marked ? lines(parsed.text()) : List.of());
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new java.util.ArrayList<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length && lines.size() < MAX_LINES; i++) {
            String line = all[i].strip();
            if (!line.isEmpty()) {
                lines.add(new Line(i + 1, line.length() > MAX_LINE_TEXT ? line.substring(0, MAX_LINE_TEXT) + "…" : line));
            }
        }
        return lines;
    }

    static DocumentPreview unreadable(List<Problem> problems) {
        return new DocumentPreview(false, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                problems, List.of(), List.of(), List.of());
    }
}
