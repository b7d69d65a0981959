package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.jobs.IngestJob;
import dev.quarry.jobs.Progress;
import dev.quarry.tables.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read the input archive and write the articles and rejects tables (run annotate afterwards).")
final class IngestCommand extends SparkCommand {

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) {
        long t0 = System.nanoTime();
        IngestJob.Result ingest = IngestJob.run(spark, config, runId, runStart, progress);
        Map<Table, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put(Table.ARTICLES, ingest.articles());
        tables.put(Table.REJECTS, ingest.rejects());
        Map<Table, String> written = writeTables(spark, config, runId, progress, tables);
        RunSummary.print(System.out, runId, (System.nanoTime() - t0) / 1_000_000, ingest, null, 0, null,
                progress.stageMillis(), written);
        return ExitCode.OK;
    }
}
