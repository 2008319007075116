package org.respnet.documents;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which task of one notice is which task of another (a revision, or next year's notice): by number and text, then
 * the same text renumbered, then the same number reworded, then the most similar remaining text. Similarity is the
 * Dice coefficient of the texts' character pairs, which suits Chinese, where words are not spaced.
 */
final class TaskMatching {

    /** A same-numbered task whose text changed this much or less is the same task reworded. */
    static final double SAME_NUMBER_SIMILARITY = 0.5;
    /** A task renumbered and reworded is matched only when its text is at least this similar. */
    static final double MOVED_SIMILARITY = 0.6;

    /** What matching looks at: the task's kind (重点工作 / 民生实事), number and text. */
    record TaskKey(String kind, String no, String text) {
    }

    private TaskMatching() {
    }

    /** Position in {@code now} → position in {@code old}, for the tasks matched. */
    static Map<Integer, Integer> match(List<TaskKey> old, List<TaskKey> now) {
        Map<Integer, Integer> matched = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        // 1. same kind, number and text; 2. same kind and text, renumbered; 3. same kind and number, reworded
        for (int pass = 1; pass <= 3; pass++) {
            for (int n = 0; n < now.size(); n++) {
                if (matched.containsKey(n)) {
                    continue;
                }
                TaskKey task = now.get(n);
                for (int o = 0; o < old.size(); o++) {
                    TaskKey was = old.get(o);
                    if (taken.contains(o) || !Objects.equals(was.kind(), task.kind())) {
                        continue;
                    }
                    boolean sameNo = Objects.equals(was.no(), task.no());
                    boolean sameText = Objects.equals(was.text(), task.text());
                    boolean hit = switch (pass) {
                        case 1 -> sameNo && sameText;
                        case 2 -> sameText;
                        default -> sameNo && similarity(was.text(), task.text()) >= SAME_NUMBER_SIMILARITY;
                    };
                    if (hit) {
                        matched.put(n, o);
                        taken.add(o);
                        break;
                    }
                }
            }
        }
        // 4. what is left: the most similar text of the same kind, when similar enough
        for (int n = 0; n < now.size(); n++) {
            if (matched.containsKey(n)) {
                continue;
            }
            int best = -1;
            double bestScore = MOVED_SIMILARITY;
            for (int o = 0; o < old.size(); o++) {
                if (taken.contains(o) || !Objects.equals(old.get(o).kind(), now.get(n).kind())) {
                    continue;
                }
                double score = similarity(old.get(o).text(), now.get(n).text());
                if (score >= bestScore) {
                    best = o;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                matched.put(n, best);
                taken.add(best);
            }
        }
        return matched;
    }

    /** Dice coefficient of the two texts' character pairs: 1 for the same text, 0 for nothing in common. */
    static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            pairs.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            String pair = b.substring(i, i + 2);
            Integer left = pairs.get(pair);
            if (left != null && left > 0) {
                common++;
                pairs.put(pair, left - 1);
            }
        }
        int total = Math.max(0, a.length() - 1) + Math.max(0, b.length() - 1);
        return total == 0 ? 0 : 2.0 * common / total;
    }
}
