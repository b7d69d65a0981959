package dev.quarry.archive;

import dev.quarry.annotate.AnnotateJob;
import dev.quarry.ingest.IngestJob;
import dev.quarry.session.Progress;
import dev.quarry.config.QuarryConfig;
import dev.quarry.tables.Table;
import dev.quarry.tables.TableWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ingest (and, for {@code run}, annotate) into the tables under the output root, fully or
 * incrementally. An incremental run reads only the input files that the manifest does not already
 * hold unchanged, annotates only the articles they bring, and writes each table as the previous rows
 * plus the new ones; a full run (--full, or when there is no manifest yet) rebuilds the tables from
 * all input. Either way all tables are swapped in together, and the {@code runs} table gains a row.
 */
public final class ArchiveUpdate {

    public static final String CODE_VERSION = dev.quarry.QuarryVersion.get();

    /** What the run did, for the summary. */
    public record Outcome(IngestJob.Result ingest, AnnotateJob.Result annotate, boolean full, Map<Table, String> written) {
    }

    private ArchiveUpdate() {
    }

    public static Outcome run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress,
                              String command, boolean forceFull, boolean annotate) {
        TableWriter tables = new TableWriter(spark, config.output().root(), runId);
        boolean full = forceFull || !tables.exists(Table.ARTICLES) || !tables.exists(Table.MANIFEST);
        if (annotate) {
            dev.quarry.annotate.ModelPipeline.preload(spark, config.models(), config.output().root(), dev.quarry.annotate.ModelPipeline.RUN_KINDS,
                    progress::info);
        }
        Dataset<Row> previousArticles = full ? null : tables.read(Table.ARTICLES);
        IngestJob.Result ingest = IngestJob.run(spark, config, runId, runStart, progress,
                previousArticles, full ? null : tables.read(Table.MANIFEST));
        AnnotateJob.Result annotated = null;
        dev.quarry.aggregate.AggregateJob.Aggregates aggregates = null;
        try {
            annotated = annotate ? AnnotateJob.run(spark, config, runId, Timestamp.from(runStart), ingest.articles(), progress) : null;
            Map<Table, Dataset<Row>> out = new LinkedHashMap<>();
            out.put(Table.ARTICLES, merged(tables, full, Table.ARTICLES, ingest.articles()));
            Dataset<Row> rejects = ingest.rejects().select(Table.REJECTS.sparkColumns());
            if (annotated != null) {
                rejects = rejects.unionByName(annotated.failures().select(Table.REJECTS.sparkColumns()));
                out.put(Table.QUOTES, merged(tables, full, Table.QUOTES, annotated.quotes()));
                out.put(Table.ENTITIES, merged(tables, full, Table.ENTITIES, annotated.entities()));
                // The analysis tables are derived from the whole of quotes and entities, old rows and new.
                aggregates = aggregate(progress, config, out.get(Table.QUOTES), out.get(Table.ENTITIES), out.get(Table.ARTICLES), runId);
                out.putAll(aggregates.tables());
                out.put(Table.QUOTES, aggregates.linkedQuotes(out.get(Table.QUOTES)));
            }
            out.put(Table.REJECTS, merged(tables, full, Table.REJECTS, rejects));
            out.put(Table.MANIFEST, merged(tables, full, Table.MANIFEST, ingest.manifest()));
            Dataset<Row> run = runRow(spark, config, runId, runStart, command, full, ingest, annotated, progress);
            out.put(Table.RUNS, tables.exists(Table.RUNS) ? tables.read(Table.RUNS).unionByName(run) : run);
            return new Outcome(ingest, annotated, full, write(tables, config, progress, out));
        } finally {
            // Written or failed, the run frees what it cached: a JVM that runs more commands (tests, a
            // notebook) keeps no stale data in memory.
            if (aggregates != null) {
                aggregates.release();
            }
            if (annotated != null) {
                annotated.release();
            }
            ingest.release();
        }
    }

    /**
     * The aggregate stage: quotations, speakers, speakers_monthly and entity_mentions_monthly, written
     * with the other tables; {@code linkedQuotes} then gives quotes their speaker_id and quotation_id.
     */
    public static dev.quarry.aggregate.AggregateJob.Aggregates aggregate(Progress progress, QuarryConfig config, Dataset<Row> quotes,
                                                                         Dataset<Row> entities, Dataset<Row> articles, String runId) {
        progress.start("aggregate", "quotations, speakers (and per month) and entity mentions per month");
        dev.quarry.aggregate.AggregateJob.Aggregates out = dev.quarry.aggregate.AggregateJob.run(quotes, entities, articles,
                aliasTable(quotes.sparkSession(), config), runId);
        progress.done("planned; computed while the tables are written");
        return out;
    }

    /** Writes a run's tables and swaps them in together, as the "write" stage of the progress and summary. */
    public static Map<Table, String> write(TableWriter tables, QuarryConfig config, Progress progress, Map<Table, Dataset<Row>> out) {
        progress.start("write", "writing tables under " + config.output().root());
        Map<Table, String> written = tables.replace(out);
        progress.done(written.size() + " tables");
        if (out.containsKey(Table.SPEAKERS) && config.speakers().hasAliasesFile()) {
            Dataset<Row> speakers = tables.read(Table.SPEAKERS);
            progress.info(aliasTable(speakers.sparkSession(), config).summary(speakers));
        }
        return written;
    }

    private static dev.quarry.aggregate.SpeakerAliasTable aliasTable(SparkSession spark, QuarryConfig config) {
        return config.speakers().hasAliasesFile()
                ? dev.quarry.aggregate.SpeakerAliasTable.read(spark, config.speakers().aliasesFile())
                : dev.quarry.aggregate.SpeakerAliasTable.none();
    }

    /** The previous rows plus the new ones, or only the new ones on a full run. */
    private static Dataset<Row> merged(TableWriter tables, boolean full, Table table, Dataset<Row> fresh) {
        Dataset<Row> news = fresh.select(table.sparkColumns());
        return full || !tables.exists(table) ? news : tables.read(table).select(table.sparkColumns()).unionByName(news);
    }

    private static Dataset<Row> runRow(SparkSession spark, QuarryConfig config, String runId, Instant runStart, String command,
                                       boolean full, IngestJob.Result ingest, AnnotateJob.Result annotated, Progress progress) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        progress.stageMillis().forEach((k, v) -> seconds.put(k, v / 1000.0));
        IngestJob.Accounting a = ingest.accounting();
        Row row = RowFactory.create(runId, command, Timestamp.from(runStart), Timestamp.from(Instant.now()), config.hash(),
                config.input().path(), config.input().format().code(), full, ingest.filesRead(), ingest.filesAlreadyIngested(),
                a.recordsRead(), a.articles(), a.rejected(), a.skipped(), a.duplicates(),
                annotated == null ? null : annotated.quoteCount(),
                scala.collection.JavaConverters.mapAsScalaMapConverter(ingest.rejectsByReason()).asScala(),
                scala.collection.JavaConverters.mapAsScalaMapConverter(seconds).asScala(),
                CODE_VERSION, annotated == null ? null : annotated.modelsVersion());
        return spark.createDataFrame(List.of(row), Table.RUNS.schema());
    }
}
