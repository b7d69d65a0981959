package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.archive.ArchiveUpdate;
import dev.quarry.session.Progress;
import dev.quarry.tables.Table;
import dev.quarry.tables.TableWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"Derive quotations, speakers and entity_mentions_monthly from the quotes and entities tables under",
                "the output root (run does this itself after annotate). A rerun over the same tables gives the same rows."})
final class AggregateCommand extends SparkCommand {

    @picocli.CommandLine.Mixin
    OutputLockOptions lock;

    @Override
    OutputLockOptions outputLock() {
        return lock;
    }

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) {
        long t0 = System.nanoTime();
        TableWriter tables = new TableWriter(spark, config.output().root(), runId);
        if (!tables.exists(Table.QUOTES)) {
            System.err.println("quarry: input error: no quotes table at " + tables.tablePath(Table.QUOTES)
                    + "; run `jobs/quarry run` (or `annotate`) first");
            return ExitCode.INPUT;
        }
        Dataset<Row> entities = tables.exists(Table.ENTITIES) ? tables.read(Table.ENTITIES)
                : spark.createDataFrame(List.<Row>of(), Table.ENTITIES.schema());
        Dataset<Row> quotes = tables.read(Table.QUOTES);
        Dataset<Row> articles = tables.exists(Table.ARTICLES) ? tables.read(Table.ARTICLES)
                : spark.createDataFrame(List.<Row>of(), Table.ARTICLES.schema());
        dev.quarry.aggregate.AggregateJob.Aggregates out = ArchiveUpdate.aggregate(progress, config, quotes, entities, articles, runId);
        Map<Table, String> written;
        try {
            Map<Table, Dataset<Row>> tablesOut = new java.util.LinkedHashMap<>(out.tables());
            // The identities may have moved with the archive: the quotes' speaker_id and quotation_id follow.
            tablesOut.put(Table.QUOTES, out.linkedQuotes(quotes));
            written = ArchiveUpdate.write(tables, config, progress, tablesOut);
        } finally {
            out.release();
        }
        RunSummary.print(System.out, runId, (System.nanoTime() - t0) / 1_000_000, null, true, null,
                progress.stageMillis(), written);
        return ExitCode.OK;
    }
}
