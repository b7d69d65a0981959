package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.annotate.AnnotateJob;
import dev.quarry.archive.ArchiveUpdate;
import dev.quarry.session.Progress;
import dev.quarry.tables.Table;
import dev.quarry.tables.TableWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotate the articles table under the output root and write the quotes and entities tables and the analysis tables derived from them."
                + " --input and --format are accepted for symmetry but not used: annotate reads <output>/articles.")
final class AnnotateCommand extends SparkCommand {

    @picocli.CommandLine.Mixin
    OutputLockOptions lock;

    @Override
    OutputLockOptions outputLock() {
        return lock;
    }

    @picocli.CommandLine.Mixin
    SummaryOptions summary;

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) throws java.io.IOException {
        long t0 = System.nanoTime();
        TableWriter tables = new TableWriter(spark, config.output().root(), runId);
        if (!tables.exists(Table.ARTICLES)) {
            System.err.println("quarry: input error: no articles table at " + tables.tablePath(Table.ARTICLES)
                    + "; run `jobs/quarry ingest` (or `run`) first");
            return ExitCode.INPUT;
        }
        Dataset<Row> articles = tables.read(Table.ARTICLES);
        AnnotateJob.Result annotate = AnnotateJob.run(spark, config, runId, Timestamp.from(runStart), articles, progress);
        dev.quarry.aggregate.AggregateJob.Aggregates aggregates = null;
        Map<Table, String> written;
        try {
            Map<Table, Dataset<Row>> out = new LinkedHashMap<>();
            out.put(Table.QUOTES, annotate.quotes().select(Table.QUOTES.sparkColumns()));
            out.put(Table.ENTITIES, annotate.entities().select(Table.ENTITIES.sparkColumns()));
            aggregates = ArchiveUpdate.aggregate(progress, config, out.get(Table.QUOTES), out.get(Table.ENTITIES), articles, runId);
            out.putAll(aggregates.tables());
            out.put(Table.QUOTES, aggregates.linkedQuotes(out.get(Table.QUOTES)));
            // Ingest's rejects stay; the previous annotate's failures are replaced by this run's.
            Dataset<Row> rejects = annotate.failures().select(Table.REJECTS.sparkColumns());
            if (tables.exists(Table.REJECTS)) {
                rejects = tables.read(Table.REJECTS).filter(col("stage").notEqual("annotate")).select(Table.REJECTS.sparkColumns()).unionByName(rejects);
            }
            out.put(Table.REJECTS, rejects);
            written = ArchiveUpdate.write(tables, config, progress, out);
        } finally {
            // Written or failed, the command frees what annotate and aggregate cached.
            if (aggregates != null) {
                aggregates.release();
            }
            annotate.release();
        }
        summary.report(spark, "annotate", runId, (System.nanoTime() - t0) / 1_000_000, null, true, annotate,
                progress.stageMillis(), written);
        return ExitCode.OK;
    }
}
