package dev.quarry.cli;

import dev.quarry.ingest.IngestJob;
import dev.quarry.tables.Table;

import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;

/** The closing summary of a command: counts, time per stage, and where each table went. */
final class RunSummary {

    private RunSummary() {
    }

    static void print(PrintStream out, String runId, long totalMillis, IngestJob.Result ingest, boolean full,
                      dev.quarry.annotate.AnnotateJob.Result annotate, Map<String, Long> stageMillis, Map<Table, String> tables) {
        out.println();
        out.printf("Quarry run %s finished in %.1f s%n", runId, totalMillis / 1000.0);
        if (ingest != null) {
            out.printf("  files      %d read%s, %d skipped (wrong extension)%n", ingest.filesRead(),
                    full ? "" : ", " + ingest.filesAlreadyIngested() + " already ingested (incremental run; --full reads all)",
                    ingest.filesIgnored().size());
            String reasons = listed(ingest.rejectsByReason());
            out.printf("  articles   %d new, %s%d rejected%s%n", ingest.newArticleCount(),
                    ingest.replaced().isEmpty() ? "" : ingest.replaced().size() + " updated (same id, new text), ",
                    total(ingest.rejectsByReason()), reasons.isEmpty() ? "" : " (" + reasons + ")");
            out.println("  accounting " + ingest.accounting());
            if (!ingest.keptUndatedByReason().isEmpty()) {
                out.printf("  undated    %d article(s) kept without a date they gave (%s)%n",
                        total(ingest.keptUndatedByReason()), listed(ingest.keptUndatedByReason()));
            }
            if (!ingest.skippedByReason().isEmpty()) {
                out.printf("  skipped    %d records that are not articles (%s)%n",
                        total(ingest.skippedByReason()), listed(ingest.skippedByReason()));
            }
        }
        if (annotate != null) {
            out.printf("  quotes     %d found%s%n", annotate.quoteCount(), annotate.failureCount() > 0
                    ? ", " + annotate.failureCount() + " article(s) failed annotate (see rejects)" : "");
            out.printf("  entities   %s%n", annotate.modelsVersion() == null ? "none (models.enabled = false)"
                    : annotate.entityCount() + " mentions (models " + annotate.modelsVersion() + ")");
            if (!annotate.notAnnotated().isEmpty()) {
                out.printf("  languages  %d article(s) not annotated, in languages outside annotate.languages (%s)%n",
                        total(annotate.notAnnotated()), listed(annotate.notAnnotated()));
            }
        }
        out.println("  stages     " + stageMillis.entrySet().stream()
                .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue() / 1000.0)).collect(Collectors.joining(", ")));
        if (annotate != null) {
            // Task time, summed over cores: the Java share of annotate, next to the Spark NLP models' share.
            var java = annotate.javaSeconds();
            out.printf("  java stage quote finding %.1f s, entity grouping %.1f s, reading annotations %.1f s (task time)%n",
                    java.get(dev.quarry.annotate.ArticleStage.Part.QUOTES), java.get(dev.quarry.annotate.ArticleStage.Part.ENTITIES),
                    java.get(dev.quarry.annotate.ArticleStage.Part.CONVERT));
        }
        boolean first = true;
        for (Map.Entry<Table, String> e : tables.entrySet()) {
            out.printf("  %-10s %-24s %s%n", first ? "tables" : "", e.getKey().tableName(), e.getValue());
            first = false;
        }
        out.flush();
    }

    /**
     * The same summary as JSON, for a scheduler to pick up (an Airflow task pushes it to XCom): the
     * counts, seconds per stage, where each table went, and rejects by reason. Written to any Hadoop
     * path; the file is replaced whole.
     */
    static void writeJson(String file, org.apache.hadoop.conf.Configuration hadoop, String command, String runId,
                          long totalMillis, IngestJob.Result ingest, boolean full,
                          dev.quarry.annotate.AnnotateJob.Result annotate, Map<String, Long> stageMillis, Map<Table, String> tables)
            throws java.io.IOException {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("run_id", runId);
        json.put("command", command);
        json.put("status", "finished");
        json.put("seconds", totalMillis / 1000.0);
        json.put("version", dev.quarry.QuarryVersion.get());
        if (ingest != null) {
            Map<String, Object> in = new java.util.LinkedHashMap<>();
            in.put("full", full);
            in.put("files_read", ingest.filesRead());
            in.put("files_already_ingested", ingest.filesAlreadyIngested());
            in.put("files_skipped", ingest.filesIgnored().size());
            IngestJob.Accounting a = ingest.accounting();
            in.put("records_read", a.recordsRead());
            in.put("articles", a.articles());
            in.put("articles_updated", ingest.replaced().size());
            in.put("rejected", a.rejected() + a.duplicates());
            in.put("skipped", a.skipped());
            in.put("duplicates", a.duplicates());
            in.put("rejects_by_reason", ingest.rejectsByReason());
            in.put("skipped_by_reason", ingest.skippedByReason());
            in.put("undated_by_reason", ingest.keptUndatedByReason());
            json.put("ingest", in);
        }
        if (annotate != null) {
            Map<String, Object> an = new java.util.LinkedHashMap<>();
            an.put("quotes", annotate.quoteCount());
            an.put("entity_mentions", annotate.entityCount());
            an.put("failed_articles", annotate.failureCount());
            an.put("not_annotated_by_language", annotate.notAnnotated());
            an.put("models", annotate.modelsVersion());
            json.put("annotate", an);
        }
        Map<String, Double> stages = new java.util.LinkedHashMap<>();
        stageMillis.forEach((k, v) -> stages.put(k, v / 1000.0));
        json.put("stage_seconds", stages);
        Map<String, String> where = new java.util.LinkedHashMap<>();
        tables.forEach((t, path) -> where.put(t.tableName(), path));
        json.put("tables", where);
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
        try (java.io.OutputStream out = path.getFileSystem(hadoop).create(path, true)) {
            new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out, json);
        }
    }

    /** "reason 3, other 1": a count per key, in the map's order. */
    private static String listed(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
