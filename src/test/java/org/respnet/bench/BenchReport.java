package org.respnet.bench;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** results.json as a readable Markdown table, one column per size. */
final class BenchReport {

    private static final List<String> HEADLINES = List.of("tasks", "relationships", "parse_tasks_per_s", "import_s",
            "import_rels_per_s", "loadcsv_rels_per_s", "import_vs_loadcsv", "import_threads", "import_batch", "analytics_s", "layout_s", "report_links_s", "largest_city_units", "largest_city_links",
            "startup_s", "startup_aot_s", "aot_training_s", "heap_mb", "progress_entries", "progress_s", "progress_per_s", "progress_prepare_s",
            "lights_red_yellow_green_grey", "predicted_observed_units", "predicted_observed_spearman", "predicted_observed_deciles");

    private BenchReport() {
    }

    static String markdown(JsonNode results) {
        JsonNode runs = results.get("runs");
        StringBuilder md = new StringBuilder("# RespNet scale benchmark\n\n");
        md.append("Machine: ").append(results.get("machine")).append("; settings: ").append(results.get("settings")).append("\n\n");
        List<String> header = new ArrayList<>(List.of("metric"));
        runs.forEach(run -> header.add(run.get("cities").asString() + " cities"));
        row(md, header);
        row(md, header.stream().map(h -> "---").toList());
        for (String metric : HEADLINES) {
            List<String> cells = new ArrayList<>(List.of(metric));
            runs.forEach(run -> cells.add(run.has(metric) ? run.get(metric).asString() : "—"));
            row(md, cells);
        }
        md.append("\nprogress_*: generated monthly reports (synthetic, `synthetic.ProgressGenerator`) written through"
                + " `FollowUpService.recordBulk`; predicted_observed_spearman: rank correlation of each unit's predicted"
                + " bottleneck score with its observed lateness share in that generated progress"
                + " (pairs of the largest size in predicted-observed.csv); predicted_observed_deciles: units in ten equal groups by"
                + " predicted score, each group's mean score → mean observed late share.\n");
        md.append("\nLatency in ms, p50 / p95 / p99 (concurrency 1 | concurrency 16), the first (cold) calls excluded (up to five per thread, at the same concurrency);"
                + " api_overhead = HTTP p50 ÷ driver p50 at concurrency 1; hit = share of the concurrency-16 calls served"
                + " from the answer cache; uncached = concurrency 16 with a new address every call, so every answer is"
                + " computed.\n\n");
        List<String> endpointHeader = new ArrayList<>(List.of("endpoint"));
        runs.forEach(run -> endpointHeader.add(run.get("cities").asString() + " cities"));
        row(md, endpointHeader);
        row(md, endpointHeader.stream().map(h -> "---").toList());
        JsonNode last = runs.get(runs.size() - 1).get("endpoints");
        for (String endpoint : last.propertyNames()) {
            List<String> cells = new ArrayList<>(List.of("`" + endpoint + "`"));
            runs.forEach(run -> {
                JsonNode e = run.get("endpoints").get(endpoint);
                cells.add(e == null ? "—" : triple(e.get("c1")) + " \\| " + triple(e.get("c16"))
                        + (e.has("api_overhead") ? " (×" + e.get("api_overhead").asString() + ")" : "")
                        + (e.has("c16_hit_share") ? " hit " + e.get("c16_hit_share").asString() : "")
                        + (e.has("c16_uncached") ? "; uncached " + triple(e.get("c16_uncached")) : ""));
            });
            row(md, cells);
        }
        return md.toString();
    }

    private static String triple(JsonNode p) {
        return p.get("p50").asString() + " / " + p.get("p95").asString() + " / " + p.get("p99").asString();
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
