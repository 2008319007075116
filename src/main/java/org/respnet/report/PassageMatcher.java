package org.respnet.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Traces each task to the report passages it decomposes. In one sentence: every sentence of a task is
 * linked to the planning-part passage it equals as printed ({@code exact}), else to the passages it equals,
 * contains or is contained in once punctuation, spaces and character width are ignored ({@code normalised}),
 * else to the one passage sharing the most of its character pairs, if at least {@value #THRESHOLD} of the
 * shorter text's character pairs occur in the other ({@code similar}). A livelihood part whose own words
 * (a road's name) link nowhere is traced through its whole item. Score: that share of character pairs
 * (1.0 for exact and normalised). Plain Java.
 */
public final class PassageMatcher {

    /** Share of the shorter text's character pairs that must occur in the longer for a {@code similar} link. */
    static final double THRESHOLD = 0.6;
    /** Passages shorter than this (各位代表) are too short to be evidence either way. */
    private static final int MIN_LENGTH = 5;
    /** A task's sentence may be as short as a road's name (文化二路). */
    private static final int MIN_TASK_LENGTH = 4;

    /** A task as the matcher sees it: its own text and, for a livelihood part, the whole item. */
    public record TaskText(String id, String text, String item) {
    }

    /** One task→passage link. */
    public record Link(String taskId, int passageNo, double score, String method) {
    }

    /** Every link, per task in order of its sentences. Only planning-part passages are candidates. */
    public List<Link> match(List<TaskText> tasks, List<Passage> passages) {
        List<Candidate> candidates = passages.stream()
                .filter(p -> p.planning() && !p.heading())
                .map(p -> new Candidate(p, ReportReader.strip(p.text()), normalise(p.text())))
                .filter(c -> c.normalised().length() >= MIN_LENGTH)
                .toList();
        List<Link> links = new ArrayList<>();
        for (TaskText task : tasks) {
            Map<Integer, Link> found = linksOf(task.id(), task.text(), candidates);
            if (found.isEmpty() && task.item() != null && !task.item().isBlank()) {
                found = linksOf(task.id(), task.item(), candidates);
            }
            links.addAll(found.values());
        }
        return links;
    }

    private Map<Integer, Link> linksOf(String taskId, String text, List<Candidate> candidates) {
        Map<Integer, Link> found = new LinkedHashMap<>();
        for (String sentence : ReportReader.sentences(text)) {
            String raw = ReportReader.strip(sentence);
            String norm = normalise(sentence);
            if (norm.length() < MIN_TASK_LENGTH) {
                continue;
            }
            boolean matched = false;
            for (Candidate c : candidates) {
                if (c.raw().equals(raw)) {
                    found.putIfAbsent(c.passage().no(), new Link(taskId, c.passage().no(), 1.0, "exact"));
                    matched = true;
                }
            }
            if (matched) {
                continue;
            }
            for (Candidate c : candidates) {
                if (c.normalised().equals(norm) || c.normalised().contains(norm) || norm.contains(c.normalised())) {
                    found.putIfAbsent(c.passage().no(), new Link(taskId, c.passage().no(), 1.0, "normalised"));
                    matched = true;
                }
            }
            if (matched) {
                continue;
            }
            Candidate best = null;
            double bestScore = 0;
            Set<String> pairs = pairs(norm);
            for (Candidate c : candidates) {
                double score = overlap(pairs, c.pairs());
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            if (best != null && bestScore >= THRESHOLD) {
                found.putIfAbsent(best.passage().no(),
                        new Link(taskId, best.passage().no(), Math.round(bestScore * 1000) / 1000.0, "similar"));
            }
        }
        return found;
    }

    /** Letters and digits only, full-width folded to half-width (NFKC): punctuation, quotes and spaces dropped. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The set of adjacent character pairs (bigrams) of a normalised text. */
    static Set<String> pairs(String normalised) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 2 <= normalised.length(); i++) {
            pairs.add(normalised.substring(i, i + 2));
        }
        return pairs;
    }

    /** Overlap coefficient: shared pairs over the pairs of the shorter text. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }

    private record Candidate(Passage passage, String raw, String normalised, Set<String> pairs) {
        Candidate(Passage passage, String raw, String normalised) {
            this(passage, raw, normalised, PassageMatcher.pairs(normalised));
        }
    }
}
