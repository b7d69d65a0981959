package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.session.Progress;
import dev.quarry.tables.Table;
import dev.quarry.tables.TableHistory;
import dev.quarry.tables.TableWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List the runs that wrote the tables under the output root, oldest first, with the Delta version of",
                "each table a run committed. `report --as-of RUN_ID` and `export --as-of RUN_ID` read the tables as a run left them."})
final class HistoryCommand extends SparkCommand {

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) {
        TableWriter tables = new TableWriter(spark, config.output().root(), runId);
        List<TableHistory.RunVersions> runs = TableHistory.of(spark, tables);
        if (runs.isEmpty()) {
            System.err.println("quarry: input error: no Delta tables under " + config.output().root() + "; run `jobs/quarry run` first");
            return ExitCode.INPUT;
        }
        Map<String, Row> facts = new HashMap<>();
        if (tables.exists(Table.RUNS)) {
            for (Row r : tables.read(Table.RUNS).select("run_id", "command", "articles_written", "quotes", "full_run").collectAsList()) {
                facts.put(r.getString(0), r);
            }
        }
        System.out.printf("%-26s %-20s %-10s %9s %7s  %s%n", "run", "committed (UTC)", "command", "articles", "quotes", "table versions");
        for (TableHistory.RunVersions run : runs) {
            Row f = facts.get(run.runId());
            String command = f != null ? f.getString(1) + (f.getBoolean(4) ? " --full" : "")
                    : run.runId().startsWith("maintain ") ? "maintain" : String.join("+", run.operations()).toLowerCase(java.util.Locale.ROOT);
            StringBuilder versions = new StringBuilder();
            run.versions().forEach((t, v) -> versions.append(versions.length() == 0 ? "" : ", ").append(t).append(" v").append(v));
            System.out.printf("%-26s %-20s %-10s %9s %7s  %s%n", run.runId().replace("maintain ", ""),
                    run.committedAt().toInstant().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "").replace("Z", ""),
                    command, f == null ? "" : String.valueOf(f.getLong(2)), f == null || f.isNullAt(3) ? "" : String.valueOf(f.getLong(3)),
                    versions);
        }
        return ExitCode.OK;
    }
}
