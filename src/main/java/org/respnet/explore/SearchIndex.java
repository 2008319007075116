package org.respnet.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.Parameters;
import org.respnet.changes.GraphChangedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finds units, leaders and tasks by what a clerk types: the full name, a part of it in use as an
 * abbreviation (发改委 → 市发改委), pinyin initials (fgw → 市发改委) or a task's number or words.
 * Built once from the graph and rebuilt after each import, never per keystroke.
 */
@Component
class SearchIndex {

    static final NamedQuery<Parameters.None> SEARCH_INDEX = NamedQuery.of("search-index", Parameters.None.class);

    private static final int MAX_SUGGESTIONS = 20;

    private final GraphReader reader;
    private volatile List<Entry> entries;

    SearchIndex(GraphReader reader) {
        this.reader = reader;
    }

    /** One row of {@code search-index.cypher}. */
    record Row(String id, String type, String name, String kind, String city, long weight, String text) {
    }

    private record Entry(Row row, PinyinInitials initials) {
    }

    private record Scored(Entry entry, int score, String match) {
    }

    @EventListener
    void graphChanged(GraphChangedEvent event) {
        entries = null;
    }

    private List<Entry> entries() {
        List<Entry> current = entries;
        if (current == null) {
            current = reader.list(SEARCH_INDEX, new Parameters.None(), Row.class).stream()
                    .map(row -> new Entry(row, PinyinInitials.of(row.type().equals("task") ? "" : row.name())))
                    .toList();
            entries = current;
        }
        return current;
    }

    private List<Entry> inScope(String city) {
        List<Entry> all = entries();
        return city == null || city.isBlank() ? all
                : all.stream().filter(e -> city.equals(e.row().city())).toList();
    }

    /** Units, leaders and tasks of one notice's scope ({@code city}), or of every notice when null. */
    long size(String city) {
        return inScope(city).size();
    }

    /** Suggestions for what was typed, from one notice's scope ({@code city}) or, when null, from every notice. */
    List<Suggestion> suggest(String query, String city) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        boolean ascii = q.chars().allMatch(c -> c < 128);
        List<Scored> hits = new ArrayList<>();
        for (Entry entry : inScope(city)) {
            Scored scored = score(entry, q, ascii);
            if (scored != null) {
                hits.add(scored);
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparing(s -> -s.entry().row().weight())
                        .thenComparing(s -> s.entry().row().name()))
                .limit(MAX_SUGGESTIONS)
                .map(SearchIndex::suggestion)
                .toList();
    }

    /**
     * The node id a focus names: an explorer id, a unit or leader name (units first), or a task id or number;
     * a name or number within the notice's scope {@code city} when one is given (each notice has its own 第 17 项).
     */
    Optional<String> resolve(String focus, String city) {
        if (focus == null || focus.isBlank()) {
            return Optional.empty();
        }
        String f = focus.strip();
        List<Entry> all = inScope(city);
        return all.stream().filter(e -> e.row().id().equals(f)).findFirst()
                .or(() -> all.stream().filter(e -> !e.row().type().equals("task") && e.row().name().equals(f))
                        .min(Comparator.comparing((Entry e) -> !e.row().type().equals("unit"))))
                .or(() -> all.stream().filter(e -> e.row().type().equals("task")
                        && (e.row().id().equals("T:" + f) || f.equals(e.row().name()) || f.equals(printedNumber(e.row()))))
                        .findFirst())
                .map(e -> e.row().id());
    }

    private static Scored score(Entry entry, String q, boolean ascii) {
        Row row = entry.row();
        if (row.type().equals("task")) {
            if (q.equals(row.name())) {
                return new Scored(entry, 70, "number");
            }
            // A 民生实事 part as the pages print its number: 民生一.4, and 民生一 for every part of item 一.
            String printed = printedNumber(row);
            if (printed != null) {
                if (q.equals(printed)) {
                    return new Scored(entry, 70, "number");
                }
                if (printed.startsWith(q + ".") || printed.startsWith(q + "．")) {
                    return new Scored(entry, 65, "number");
                }
            }
            return row.text() != null && q.length() >= 2 && row.text().contains(q) ? new Scored(entry, 10, "text") : null;
        }
        String name = row.name();
        if (name.equals(q)) {
            return new Scored(entry, 100, "name");
        }
        if (name.startsWith(q)) {
            return new Scored(entry, 80, "name");
        }
        int at = name.indexOf(q);
        if (at >= 0) {
            // An abbreviation in use is the distinctive tail of the name (发改委 in 市发改委), so earlier hits rank higher.
            return new Scored(entry, 60 - Math.min(at, 10), "name");
        }
        if (ascii && q.chars().allMatch(Character::isLetterOrDigit)) {
            int initials = entry.initials().indexOf(q.toLowerCase(Locale.ROOT));
            if (initials >= 0) {
                // 市 or 随州 at the front is left off when typing, so a match one or two letters in is just as good.
                return new Scored(entry, 50 - Math.max(0, initials - 2) * 3, "pinyin");
            }
        }
        return null;
    }

    /** A 民生实事 part's number as the pages print it (民生一.4), or null for any other row. */
    private static String printedNumber(Row row) {
        return "LIVELIHOOD".equals(row.kind()) && row.name() != null ? "民生" + row.name() : null;
    }

    private static Suggestion suggestion(Scored scored) {
        Row row = scored.entry().row();
        String detail = switch (row.type()) {
            case "task" -> abbreviate(row.text());
            case "leader" -> "责任领导 · " + row.weight() + " 项任务";
            // The pinyin initials that matched are not shown: a clerk reads the name and the load.
            default -> row.weight() + " 项任务";
        };
        return new Suggestion(row.id(), row.type(), row.name(), row.kind(), detail, row.weight(), scored.match());
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
