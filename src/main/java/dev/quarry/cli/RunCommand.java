package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.jobs.AnnotateJob;
import dev.quarry.jobs.IngestJob;
import dev.quarry.jobs.Progress;
import dev.quarry.tables.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest the input, annotate it, and write articles, quotes and rejects under the output root.")
final class RunCommand extends SparkCommand {

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) {
        long t0 = System.nanoTime();
        IngestJob.Result ingest = IngestJob.run(spark, config, runId, runStart, progress);
        AnnotateJob.Result annotate = AnnotateJob.run(spark, config, runId, Timestamp.from(runStart), ingest.articles(), progress);
        Map<Table, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put(Table.ARTICLES, ingest.articles());
        tables.put(Table.QUOTES, annotate.quotes());
        tables.put(Table.REJECTS, ingest.rejects().select(Table.REJECTS.sparkColumns()).unionByName(annotate.failures().select(Table.REJECTS.sparkColumns())));
        Map<Table, String> written = writeTables(spark, config, runId, progress, tables);
        RunSummary.print(System.out, runId, (System.nanoTime() - t0) / 1_000_000, ingest, annotate.quoteCount(),
                annotate.failureCount(), annotate.notAnnotated(), progress.stageMillis(), written);
        return ExitCode.OK;
    }
}
