package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Property-based, over every corpus notice: cut, with lines dropped or their order swapped, a notice
 * that still names roles is never taken for a work report with no tasks (the bug that stored real
 * notices as reports), and it is either read with tasks or refused with a problem — never silent.
 */
class NoticeCorpusMutationTests {

    private static final List<String> NOTICES = notices();

    private static List<String> notices() {
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/notices"))) {
            return dirs.filter(d -> Files.exists(d.resolve("notice.txt"))).sorted().map(d -> {
                try {
                    return Files.readString(d.resolve("notice.txt"), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 300)
    void noticeWithRoleWordsIsNeverAnEmptyReport(@ForAll @IntRange(min = 0, max = 1000) int which,
            @ForAll @DoubleRange(min = 0, max = 1) double cut, @ForAll @DoubleRange(min = 0, max = 1) double drop,
            @ForAll @IntRange(min = 0, max = 2) int mutation) {
        List<String> lines = new ArrayList<>(NOTICES.get(which % NOTICES.size()).lines().toList());
        int at = Math.min(lines.size() - 1, (int) (drop * lines.size()));
        switch (mutation) {
            case 0 -> lines = lines.subList(0, Math.max(1, (int) (cut * lines.size())));
            case 1 -> lines.remove(at);
            default -> lines.add(at, "政府工作报告");
        }
        String text = String.join("\n", lines);
        ParsedDocument doc = new NoticeParser().parse(text);
        boolean roleWords = text.contains("牵头") || text.contains("责任单位") || text.contains("責任單位");
        if (roleWords) {
            assertThat(doc.kind()).isEqualTo(DocumentKind.NOTICE);
        }
        assertThat(doc.hasProblems() || doc.kind() == DocumentKind.REPORT || !doc.tasks().isEmpty()).isTrue();
    }
}
