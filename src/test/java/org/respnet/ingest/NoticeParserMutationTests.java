package org.respnet.ingest;

import org.respnet.SeedDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Property-based: the seed notice mutated — cut, lines duplicated, brackets and punctuation swapped,
 * noise inserted, prose altered — is always either parsed or refused with problems; the parser never
 * throws and never silently returns a wrong number of tasks. The unmutated seed has 167 tasks
 * (157 key tasks and 10 livelihood parts).
 */
class NoticeParserMutationTests {

    private static final String SEED = SeedDocuments.noticeText();
    private static final List<String> LINES = SEED.lines().toList();
    private static final int SEED_TASKS = 167;
    private static final ParsedDocument FULL = new NoticeParser().parse(SEED);
    private static final String BRACKETS = "（）〔〕()【】[]";
    private static final String PUNCTUATION = "，、；：:;,。.．";
    private static final Pattern TASK_NUMBER =
            Pattern.compile("\\s*(\\d+|[一二三四五六七八九十]+)\\s*[.．、]");

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedDocument parse(String text) {
        return new NoticeParser().parse(text);
    }

    /** Every task is read, or a problem refuses the file, or a warning names each task left out. */
    private static void assertProblemsOrAllTasks(ParsedDocument parsed) {
        if (!parsed.hasProblems()) {
            long leftOut = parsed.warnings().stream().filter(w -> w.message().contains("未导入")).count();
            assertThat(parsed.tasks().size() + leftOut).isEqualTo(SEED_TASKS);
        }
    }

    @Property(tries = 50)
    void theSeedItselfHasAllTasks() {
        assertThat(FULL.problems()).isEmpty();
        assertThat(FULL.tasks()).hasSize(SEED_TASKS);
    }

    @Property(tries = 300)
    void cutAtAnyCharacterKeepsEveryTaskBeforeTheCut(@ForAll @DoubleRange(min = 0, max = 1) double at) {
        int cut = (int) (at * SEED.length());
        String text = SEED.substring(0, cut);
        ParsedDocument parsed = parse(text);
        int cutLine = (int) text.lines().count();
        long before = FULL.tasks().stream().filter(t -> t.line() < cutLine).count();
        long through = FULL.tasks().stream().filter(t -> t.line() <= cutLine).count();
        assertThat(parsed.tasks().size()).isLessThanOrEqualTo(SEED_TASKS);
        if (!parsed.hasProblems() && parsed.kind() == DocumentKind.NOTICE) {
            assertThat((long) parsed.tasks().size()).isBetween(before, through);
        }
    }

    @Property(tries = 300)
    void cutAtALineBoundaryKeepsExactlyTheTasksAbove(@ForAll @DoubleRange(min = 0, max = 1) double at) {
        int kept = (int) (at * LINES.size());
        ParsedDocument parsed = parse(String.join("\n", LINES.subList(0, kept)));
        if (!parsed.hasProblems() && parsed.kind() == DocumentKind.NOTICE) {
            assertThat((long) parsed.tasks().size())
                    .isEqualTo(FULL.tasks().stream().filter(t -> t.line() <= kept).count());
        }
    }

    @Property(tries = 300)
    void duplicatingAnyLineIsReadOrReported(@ForAll @DoubleRange(min = 0, max = 1) double at) {
        int line = Math.min(LINES.size() - 1, (int) (at * LINES.size()));
        List<String> lines = new ArrayList<>(LINES);
        lines.add(line, LINES.get(line));
        ParsedDocument parsed = parse(String.join("\n", lines));
        assertProblemsOrAllTasks(parsed);
        if (LINES.get(line).isBlank()) {
            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.tasks()).hasSize(SEED_TASKS);
        }
    }

    @Property(tries = 300)
    void alteringTaskProseChangesNoCount(@ForAll @IntRange(min = 0, max = SEED_TASKS - 1) int task,
            @ForAll @DoubleRange(min = 0, max = 1) double at) {
        ParsedTask target = FULL.tasks().get(task);
        List<String> lines = new ArrayList<>(LINES);
        String line = lines.get(target.line() - 1);
        int firstBracket = firstBracket(line);
        Matcher number = TASK_NUMBER.matcher(line);
        int start = number.lookingAt() ? number.end() : line.length();
        if (firstBracket <= start + 1) {
            return;
        }
        int pos = start + (int) (at * (firstBracket - start - 1));
        if (!Character.isIdeographic(line.charAt(pos))) {
            return;
        }
        lines.set(target.line() - 1, line.substring(0, pos) + "某" + line.substring(pos + 1));
        ParsedDocument parsed = parse(String.join("\n", lines));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.tasks()).hasSize(SEED_TASKS);
    }

    @Property(tries = 500)
    void swappingBracketsIsReadOrReported(@ForAll @DoubleRange(min = 0, max = 1) double at,
            @ForAll @IntRange(min = 0, max = 9) int replacement) {
        assertProblemsOrAllTasks(parse(replaceNth(SEED, BRACKETS, at, BRACKETS.charAt(replacement))));
    }

    @Property(tries = 500)
    void swappingPunctuationIsReadOrReported(@ForAll @DoubleRange(min = 0, max = 1) double at,
            @ForAll @IntRange(min = 0, max = 8) int replacement) {
        assertProblemsOrAllTasks(parse(replaceNth(SEED, PUNCTUATION, at, PUNCTUATION.charAt(replacement))));
    }

    @Property(tries = 500)
    void insertingNoiseNeverThrows(@ForAll @DoubleRange(min = 0, max = 1) double at,
            @ForAll("noise") String noise) {
        int line = (int) (at * LINES.size());
        List<String> lines = new ArrayList<>(LINES);
        lines.add(line, noise);
        ParsedDocument parsed = parse(String.join("\n", lines));
        assertThat(parsed.tasks().size()).isLessThanOrEqualTo(SEED_TASKS + 1);
        if (!parsed.hasProblems() && !noise.contains("单位") && !noise.contains("领导")) {
            assertThat(parsed.tasks()).hasSize(SEED_TASKS);
        }
    }

    @Property(tries = 300)
    void arbitraryTextNeverThrows(@ForAll("noise") String text, @ForAll("noise") String more) {
        ParsedDocument parsed = parse(text + "\n" + more);
        assertThat(parsed.hasProblems() || parsed.kind() == DocumentKind.REPORT || !parsed.tasks().isEmpty()).isTrue();
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.of('的', '一', '是', '市', '县', '局', '委', '责', '任', '牵', '头', '单', '位', '领', '导', '号'),
                Arbitraries.chars().with("，。、；：:;,.．（）〔〕()【】 \t\uFEFF\u3000"),
                Arbitraries.chars().range('0', '9'),
                Arbitraries.chars().range('a', 'z'),
                Arbitraries.chars().range('\u4e00', '\u9fa5'));
        return chars.list().ofMaxSize(80).map(list -> {
            StringBuilder s = new StringBuilder();
            list.forEach(s::append);
            return s.toString();
        });
    }

    private static int firstBracket(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (BRACKETS.indexOf(line.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces the occurrence at fraction {@code at} among all characters of {@code set} in {@code text}. */
    private static String replaceNth(String text, String set, double at, char replacement) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (set.indexOf(text.charAt(i)) >= 0) {
                positions.add(i);
            }
        }
        int pos = positions.get(Math.min(positions.size() - 1, (int) (at * positions.size())));
        return text.substring(0, pos) + replacement + text.substring(pos + 1);
    }
}
