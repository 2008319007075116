package org.respnet.documents;

import org.respnet.SeedDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedDocument;
import org.respnet.synthetic.NoticeGenerator;

/**
 * Kill -9 in the middle of an import: a child JVM imports a large generated notice into a store
 * that already holds the bundled notice and is killed with SIGKILL at a different moment each
 * round; reopening the store (Neo4j recovers it) must show the large document wholly present or
 * wholly absent, and everything else as it was.
 */
class CrashSafetyIT {

    private static final int ROUNDS = 10;
    private static final int LARGE_DOCUMENT_TASKS = 2_000;
    /** Removal and revision rounds alternate; each round is a child JVM, so fewer than the import's. */
    private static final int CHANGE_ROUNDS = 6;

    @Test
    void documentIsWhollyPresentOrWhollyAbsentAfterSigkill() throws Exception {
        Path work = Path.of("target/crash-safety");
        deleteRecursively(work);
        Files.createDirectories(work);
        Path store = work.resolve("store-" + System.nanoTime());
        Path seed = SeedDocuments.NOTICE;
        Path large = work.resolve("large-notice.txt");
        String largeText = NoticeGenerator.fromBundledSeed(7).withKeyTasks(LARGE_DOCUMENT_TASKS).generate(1).getFirst().notice();
        Files.writeString(large, largeText);
        ParsedDocument parsedLarge = new NoticeParser().parse(largeText);
        assertThat(parsedLarge.problems()).isEmpty();

        run(store, List.of(seed), null);                             // the bundled notice, completely
        String before = run(store, List.of(), null).counts();
        Path timedStore = copy(store, work.resolve("timed-" + System.nanoTime()));
        long importMillis = Math.max(run(timedStore, List.of(large), null).importMillis(), 200);
        String withLarge = run(timedStore, List.of(), null).counts();
        String seedId = new NoticeParser().parse(Files.readString(seed)).id();
        assertThat(before).contains(seedId);
        assertThat(withLarge).contains(seedId, parsedLarge.id());

        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Path roundStore = copy(store, work.resolve("round-" + round + "-" + System.nanoTime()));
            long killAfter = importMillis * round / (ROUNDS - 2);   // 0 … beyond the whole import
            run(roundStore, List.of(large), killAfter);
            String after = run(roundStore, List.of(), null).counts();
            if (after.contains(parsedLarge.id())) {
                assertThat(after).as("round %d: present means whole", round).isEqualTo(withLarge);
                outcomes.add("present");
            } else {
                assertThat(after).as("round %d: absent means untouched", round).isEqualTo(before);
                outcomes.add("absent");
            }
            System.out.printf("round %d: killed %d ms after IMPORTING (whole import %d ms): %s%n",
                    round, killAfter, importMillis, outcomes.getLast());
        }
        assertThat(outcomes).hasSize(ROUNDS).contains("absent");
    }

    /**
     * The same for the other change sets: removing the large notice, and replacing it by a revision (its first
     * fifty tasks gone, one lead unit changed), each killed at a different moment: afterwards the graph is exactly
     * as before the change or exactly as after it.
     */
    @Test
    void aRemovalAndARevisionAreWhollyAppliedOrNotAtAllAfterSigkill() throws Exception {
        Path work = Path.of("target/crash-safety-changes");
        deleteRecursively(work);
        Files.createDirectories(work);
        Path store = work.resolve("store-" + System.nanoTime());
        Path large = work.resolve("large-notice.txt");
        String largeText = NoticeGenerator.fromBundledSeed(7).withKeyTasks(LARGE_DOCUMENT_TASKS).generate(1).getFirst()
                .notice();
        Files.writeString(large, largeText);
        ParsedDocument parsedLarge = new NoticeParser().parse(largeText);
        String revisedText = revised(largeText);
        ParsedDocument parsedRevised = new NoticeParser().parse(revisedText);
        assertThat(parsedRevised.problems()).isEmpty();
        assertThat(parsedRevised.docNo()).isEqualTo(parsedLarge.docNo());
        assertThat(parsedRevised.id()).isNotEqualTo(parsedLarge.id());
        Path revisedFile = work.resolve("revised-notice.txt");
        Files.writeString(revisedFile, revisedText);

        String empty = run(store, List.of(SeedDocuments.NOTICE), null).counts();
        run(store, List.of(large), null);
        String loaded = run(store, List.of(), null).counts();
        assertThat(loaded).contains(parsedLarge.id()).isNotEqualTo(empty);
        Path removedStore = copy(store, work.resolve("removed-" + System.nanoTime()));
        long removeMillis = Math.max(run(removedStore, List.of("remove:" + parsedLarge.id()), null).importMillis(), 200);
        String removed = run(removedStore, List.of(), null).counts();
        assertThat(removed).doesNotContain(parsedLarge.id());
        Path revisedStore = copy(store, work.resolve("revised-" + System.nanoTime()));
        long reviseMillis = Math.max(run(revisedStore, List.of("revise:" + revisedFile), null).importMillis(), 200);
        String revisedCounts = run(revisedStore, List.of(), null).counts();
        assertThat(revisedCounts).isNotEqualTo(loaded);

        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < CHANGE_ROUNDS; round++) {
            boolean removal = round % 2 == 0;
            Path roundStore = copy(store, work.resolve("round-" + round + "-" + System.nanoTime()));
            long whole = removal ? removeMillis : reviseMillis;
            run(roundStore, List.of(removal ? "remove:" + parsedLarge.id() : "revise:" + revisedFile),
                    whole * round / (CHANGE_ROUNDS - 2));
            String after = run(roundStore, List.of(), null).counts();
            String done = removal ? removed : revisedCounts;
            assertThat(after).as("round %d (%s): before or after, nothing between", round,
                    removal ? "removal" : "revision").isIn(loaded, done);
            outcomes.add((removal ? "removal " : "revision ") + (after.equals(done) ? "applied" : "not applied"));
            System.out.printf("round %d: %s%n", round, outcomes.getLast());
        }
        assertThat(outcomes).hasSize(CHANGE_ROUNDS);
    }

    /** The notice without its first fifty key tasks: a revision of it (same 文号, city and year). */
    private static String revised(String notice) {
        List<String> lines = new ArrayList<>();
        for (String line : notice.split("\n", -1)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)[.．]").matcher(line);
            if (m.find() && Integer.parseInt(m.group(1)) <= 50) {
                continue;
            }
            lines.add(line);
        }
        return String.join("\n", lines);
    }

    /** What a child printed: the graph's fingerprint on opening and how long its import took. */
    private record Child(String counts, long importMillis) {
    }

    /** Runs the child on the store; with {@code killAfterMillis}, SIGKILLs it that long after it starts importing. */
    private static Child run(Path store, List<?> documents, Long killAfterMillis) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), ImportProcess.class.getName(),
                store.toAbsolutePath().toString(), String.valueOf(freePort())));
        documents.forEach(d -> command.add(d instanceof Path path ? path.toAbsolutePath().toString() : d.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String counts = null;
        long importStarted = 0;
        long importMillis = -1;
        boolean killed = false;
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("COUNTS ")) {
                    counts = line.substring("COUNTS ".length());
                } else if (line.startsWith("IMPORTING ")) {
                    importStarted = System.nanoTime();
                    if (killAfterMillis != null && !killed) {
                        Thread.sleep(killAfterMillis);
                        process.destroyForcibly();   // SIGKILL on Linux: no shutdown hook, no clean close
                        killed = true;
                        break;                       // killing closes the child's output too
                    }
                } else if (line.startsWith("IMPORTED ")) {
                    importMillis = Duration.ofNanos(System.nanoTime() - importStarted).toMillis();
                } else {
                    other.add(line);
                }
            }
        }
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        if (!killed) {
            assertThat(process.exitValue()).as("child exit; its output:%n%s", String.join("\n", other)).isZero();
        }
        return new Child(counts, importMillis);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A copy of a cleanly shut-down store, so each round starts from the same bytes. */
    private static Path copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
        return to;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
