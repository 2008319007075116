package org.respnet.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphWrites.Statements;
import org.respnet.graph.NamedQuery;

/**
 * The scope a notice's units, leaders, tasks and stored figures live in, so that every figure is one notice's and a
 * city's years are never summed: a city's first notice keeps the city's name (so a single notice reads as before),
 * a notice of another year of the same city is 「随州（2025年）」, and a notice of a year already there (a revision,
 * the same notice in another format) joins that year's scope. Documents keep their real city.
 */
final class NoticeScopes {

    static final NamedQuery<Notices> NOTICE_SCOPES = NamedQuery.of("notice-scopes", Notices.class);

    record Notices(List<Map<String, Object>> notices) {
    }

    private final CypherQueries queries;

    NoticeScopes(CypherQueries queries) {
        this.queries = queries;
    }

    /** The plans moved into their scopes; one read for the batch, earlier notices of the batch counted too. */
    List<ImportPlan> inScopes(Statements tx, List<ImportPlan> plans) {
        List<Map<String, Object>> notices = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Map<String, Object> doc = plans.get(i).documentProperties();
            if ("NOTICE".equals(doc.get("kind")) && doc.get("city") != null) {
                Map<String, Object> row = new HashMap<>();
                row.put("i", i);
                row.put("city", doc.get("city"));
                row.put("year", doc.get("year"));
                notices.add(row);
            }
        }
        if (notices.isEmpty()) {
            return plans;
        }
        Map<Integer, Map<String, Object>> found = new HashMap<>();
        tx.run(queries.query(NOTICE_SCOPES, new Notices(notices)))
                .forEach(r -> found.put(((Number) r.get("i")).intValue(), r));
        List<ImportPlan> scoped = new ArrayList<>(plans);
        for (Map<String, Object> notice : notices) {
            int i = (int) notice.get("i");
            Map<String, Object> graph = found.get(i);
            String city = (String) notice.get("city");
            Integer year = (Integer) notice.get("year");
            String scope = (String) graph.get("same");
            boolean others = ((Number) graph.get("others")).longValue() > 0;
            for (int earlier = 0; earlier < i && scope == null; earlier++) {
                Map<String, Object> doc = scoped.get(earlier).documentProperties();
                if ("NOTICE".equals(doc.get("kind")) && city.equals(doc.get("city"))) {
                    if (Objects.equals(year, doc.get("year"))) {
                        scope = scoped.get(earlier).scope();
                    } else {
                        others = true;
                    }
                }
            }
            if (scope == null) {
                scope = others ? city + "（" + (year == null ? plans.get(i).documentId() : year + "年") + "）" : city;
            }
            scoped.set(i, plans.get(i).inScope(scope));
        }
        return scoped;
    }
}
