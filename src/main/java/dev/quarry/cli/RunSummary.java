package dev.quarry.cli;

import dev.quarry.jobs.IngestJob;
import dev.quarry.tables.Table;

import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;

/** The closing summary of a command: counts, time per stage, and where each table went. */
final class RunSummary {

    private RunSummary() {
    }

    static void print(PrintStream out, String runId, long totalMillis, dev.quarry.jobs.ArchiveUpdate.Outcome outcome,
                      Map<String, Long> stageMillis) {
        print(out, runId, totalMillis, outcome.ingest(), outcome.full(), outcome.annotate(), stageMillis, outcome.written());
    }

    static void print(PrintStream out, String runId, long totalMillis, IngestJob.Result ingest, boolean full,
                      dev.quarry.jobs.AnnotateJob.Result annotate, Map<String, Long> stageMillis, Map<Table, String> tables) {
        out.println();
        out.printf("Quarry run %s finished in %.1f s%n", runId, totalMillis / 1000.0);
        if (ingest != null) {
            out.printf("  files      %d read%s, %d skipped (wrong extension)%n", ingest.filesRead(),
                    full ? "" : ", " + ingest.filesAlreadyIngested() + " already ingested (incremental run; --full reads all)",
                    ingest.filesIgnored().size());
            String reasons = listed(ingest.rejectsByReason());
            out.printf("  articles   %d new, %d rejected%s%n", ingest.articleCount(), total(ingest.rejectsByReason()),
                    reasons.isEmpty() ? "" : " (" + reasons + ")");
            out.println("  accounting " + ingest.accounting());
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
                    java.get(dev.quarry.jobs.ArticleStage.Part.QUOTES), java.get(dev.quarry.jobs.ArticleStage.Part.ENTITIES),
                    java.get(dev.quarry.jobs.ArticleStage.Part.CONVERT));
        }
        boolean first = true;
        for (Map.Entry<Table, String> e : tables.entrySet()) {
            out.printf("  %-10s %-24s %s%n", first ? "tables" : "", e.getKey().tableName(), e.getValue());
            first = false;
        }
        out.flush();
    }

    /** "reason 3, other 1": a count per key, in the map's order. */
    private static String listed(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
