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
import org.apache.spark.sql.functions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ingest (and, for {@code run}, annotate) into the tables under the output root, fully or
 * incrementally. An incremental run reads only the input files that the manifest does not already
 * hold unchanged, annotates only the articles they bring, and appends their rows to articles, quotes,
 * entities, rejects and manifest; entity_mentions_monthly is updated by key from the new (and
 * replaced) articles' counts; quotations, speakers and speakers_monthly are updated by key for the
 * quotations and speakers the new quotes touch ({@code QuoteAggregatesUpdate}), or derived again from
 * all quotes when the run replaces articles or follows a run of another Quarry version; old quotes
 * whose speaker_id or quotation_id moved are updated. A full run (--full, or
 * when there is no manifest yet) replaces every table with what all input gives. Either way the
 * changes are committed as one staged set (TableWriter), and the {@code runs} table gains a row.
 */
public final class ArchiveUpdate {

    /** Each by-key aggregate step's time, at INFO ({@code --log-level info}): where a daily run's aggregate goes. */
    private static final org.apache.logging.log4j.Logger LOG = org.apache.logging.log4j.LogManager.getLogger(ArchiveUpdate.class);

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
        TableWriter.Staging staging = null;
        try {
            annotated = annotate ? AnnotateJob.run(spark, config, runId, Timestamp.from(runStart), ingest.articles(), progress) : null;
            // A drop with no new articles changes no quote or entity, so nothing derived from them either.
            boolean changed = full || ingest.accounting().articles() > 0 || !tables.exists(Table.QUOTES);
            boolean derive = annotated != null && changed;
            progress.start("write", "staging the new rows under " + config.output().root());
            staging = tables.begin();
            // Articles that replace an earlier version (same id, new text): their old rows, quotes and
            // entities give way to the new ones, in the same commits as everything else.
            List<String> replaced = ingest.replaced();
            TableWriter.Scope ofReplaced = new TableWriter.Scope("article_id", replaced);
            Map<Table, TableWriter.Update> rows = new LinkedHashMap<>();
            Dataset<Row> articles = ingest.articles().select(Table.ARTICLES.sparkColumns());
            rows.put(Table.ARTICLES, replaced.isEmpty() ? added(full, articles) : TableWriter.Update.upsert(articles, "article_id"));
            Dataset<Row> rejects = ingest.rejects().select(Table.REJECTS.sparkColumns());
            if (derive) {
                rejects = rejects.unionByName(annotated.failures().select(Table.REJECTS.sparkColumns()));
                Dataset<Row> entities = annotated.entities().select(Table.ENTITIES.sparkColumns());
                rows.put(Table.ENTITIES, replaced.isEmpty() ? added(full, entities)
                        : TableWriter.Update.upsert(entities, "mention_id").deletingOthersOf(ofReplaced));
            }
            if (!derive && !replaced.isEmpty()) {
                // Ingest alone does not annotate the new versions: the old versions' quotes and entities
                // go now, since their offsets point into a text that is no longer there.
                for (Map.Entry<Table, String> derived : Map.of(Table.QUOTES, "quote_id", Table.ENTITIES, "mention_id").entrySet()) {
                    if (tables.exists(derived.getKey())) {
                        rows.put(derived.getKey(), TableWriter.Update.upsert(spark.createDataFrame(List.of(), derived.getKey().schema()),
                                derived.getValue()).deletingOthersOf(ofReplaced));
                    }
                }
            }
            rows.put(Table.REJECTS, added(full, rejects));
            rows.put(Table.MANIFEST, added(full, ingest.manifest().select(Table.MANIFEST.sparkColumns())));
            // The aggregates below are planned over these staged files, not over the plans that made them.
            Map<Table, Dataset<Row>> staged = staging.add(rows);
            Dataset<Row> newQuotes = derive ? staging.scratch("quotes", annotated.quotes().select(Table.QUOTES.sparkColumns())) : null;
            progress.done("new rows staged");
            Map<Table, TableWriter.Update> derived = new LinkedHashMap<>();
            if (derive && !full && replaced.isEmpty() && byKeyPossible(tables)) {
                // quotations, speakers and speakers_monthly: only the rows the new quotes touch.
                progress.start("aggregate", "quotations, speakers (and per month) and entity mentions per month, by key");
                Dataset<Row> allEntities = withPrevious(tables, false, Table.ENTITIES, staged.get(Table.ENTITIES), replaced);
                Dataset<Row> allArticles = withPrevious(tables, false, Table.ARTICLES, staged.get(Table.ARTICLES), replaced);
                TableWriter.Staging scratch = staging;
                dev.quarry.aggregate.QuoteAggregatesUpdate.Changes byKey = dev.quarry.aggregate.QuoteAggregatesUpdate.of(new dev.quarry.aggregate.QuoteAggregatesUpdate.Current(
                                tables.read(Table.QUOTES), tables.read(Table.QUOTATIONS), tables.read(Table.SPEAKERS),
                                tables.read(Table.SPEAKERS_MONTHLY), allEntities, allArticles),
                        newQuotes, aliasTable(spark, config), runId, (name, step) -> {
                            long t0 = System.nanoTime();
                            Dataset<Row> written = scratch.scratch(name, step);
                            LOG.info("aggregate step {}: {} ms", name, (System.nanoTime() - t0) / 1_000_000);
                            return written;
                        });
                derived.put(Table.QUOTATIONS, TableWriter.Update.upsert(byKey.quotations(), dev.quarry.aggregate.QuoteAggregatesUpdate.QUOTATION_KEYS)
                        .deletingWhere(dev.quarry.aggregate.QuoteAggregatesUpdate.QUOTATION_DELETES));
                derived.put(Table.SPEAKERS, TableWriter.Update.upsert(byKey.speakers(), dev.quarry.aggregate.QuoteAggregatesUpdate.SPEAKER_KEYS)
                        .deletingWhere(dev.quarry.aggregate.QuoteAggregatesUpdate.SPEAKER_DELETES));
                derived.put(Table.SPEAKERS_MONTHLY, TableWriter.Update.upsert(byKey.speakersMonthly(),
                                dev.quarry.aggregate.QuoteAggregatesUpdate.SPEAKER_MONTH_KEYS)
                        .deletingWhere(dev.quarry.aggregate.QuoteAggregatesUpdate.SPEAKER_DELETES));
                derived.put(Table.ENTITY_MENTIONS_MONTHLY, tables.hasColumn(Table.ENTITY_MENTIONS_MONTHLY, "names")
                        ? entityMentionsByKey(tables, staged.get(Table.ENTITIES), newQuotes, replaced, runId)
                        : TableWriter.Update.replace(dev.quarry.aggregate.AggregateJob.entityMentions(allEntities,
                                withPrevious(tables, false, Table.QUOTES, newQuotes, replaced), runId)));
                derived.put(Table.QUOTES, TableWriter.Update.upsert(byKey.quotes(), dev.quarry.aggregate.QuoteAggregatesUpdate.QUOTE_KEYS));
                progress.done("touched quotations and speakers found; their rows computed while the tables are written");
            } else if (derive) {
                // The analysis tables are derived from the whole of quotes and entities, old rows and new.
                Dataset<Row> allQuotes = withPrevious(tables, full, Table.QUOTES, newQuotes, replaced);
                aggregates = aggregate(progress, config, allQuotes, withPrevious(tables, full, Table.ENTITIES, staged.get(Table.ENTITIES), replaced),
                        withPrevious(tables, full, Table.ARTICLES, staged.get(Table.ARTICLES), replaced), runId);
                aggregates.tables().forEach((t, d) -> derived.put(t, TableWriter.Update.replace(d)));
                if (!full && tables.hasColumn(Table.ENTITY_MENTIONS_MONTHLY, "names")) {
                    derived.put(Table.ENTITY_MENTIONS_MONTHLY, entityMentionsByKey(tables, staged.get(Table.ENTITIES), newQuotes, replaced, runId));
                }
                Dataset<Row> linked = aggregates.linkedQuotes(allQuotes);
                derived.put(Table.QUOTES, full || !tables.exists(Table.QUOTES)
                        ? TableWriter.Update.replace(linked)
                        : TableWriter.Update.upsert(newOrRelinked(linked, tables.read(Table.QUOTES), replaced), "quote_id")
                                .deletingOthersOf(ofReplaced));
            }
            // Never replaced, even by --full: the runs table is the archive's history.
            derived.put(Table.RUNS, TableWriter.Update.append(runRow(spark, config, runId, runStart, command, full, ingest, annotated, progress)));
            progress.start("write", "writing tables under " + config.output().root());
            staging.add(derived);
            Map<Table, String> written = staging.commit();
            progress.done(written.size() + " tables");
            aliasSummary(tables, config, progress, written.keySet());
            return new Outcome(ingest, annotated, full, written);
        } catch (RuntimeException | Error e) {
            if (staging != null) {
                staging.abandon();
            }
            throw e;
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

    /** Replaces the given tables by the given rows, as the "write" stage of the progress and summary. */
    public static Map<Table, String> write(TableWriter tables, QuarryConfig config, Progress progress, Map<Table, Dataset<Row>> out) {
        Map<Table, TableWriter.Update> updates = new LinkedHashMap<>();
        out.forEach((t, d) -> updates.put(t, TableWriter.Update.replace(d)));
        return commit(tables, config, progress, updates);
    }

    /** Commits a run's changes to the tables, as the "write" stage of the progress and summary. */
    public static Map<Table, String> commit(TableWriter tables, QuarryConfig config, Progress progress, Map<Table, TableWriter.Update> out) {
        progress.start("write", "writing tables under " + config.output().root());
        Map<Table, String> written = tables.commit(out);
        progress.done(written.size() + " tables");
        aliasSummary(tables, config, progress, out.keySet());
        return written;
    }

    private static void aliasSummary(TableWriter tables, QuarryConfig config, Progress progress, java.util.Set<Table> written) {
        if (written.contains(Table.SPEAKERS) && config.speakers().hasAliasesFile()) {
            Dataset<Row> speakers = tables.read(Table.SPEAKERS);
            progress.info(aliasTable(speakers.sparkSession(), config).summary(speakers));
        }
    }

    private static dev.quarry.aggregate.SpeakerAliasTable aliasTable(SparkSession spark, QuarryConfig config) {
        return config.speakers().hasAliasesFile()
                ? dev.quarry.aggregate.SpeakerAliasTable.read(spark, config.speakers().aliasesFile())
                : dev.quarry.aggregate.SpeakerAliasTable.none();
    }

    /**
     * entity_mentions_monthly by key: the run's new articles' counts added to the table's rows for the
     * same entities and months, the replaced articles' old counts taken away. Only the months the run
     * touches are read.
     */
    private static TableWriter.Update entityMentionsByKey(TableWriter tables, Dataset<Row> newEntities, Dataset<Row> newQuotes,
                                                          List<String> replaced, String runId) {
        Dataset<Row> added = dev.quarry.aggregate.AggregateJob.entityMentionCounts(newEntities, newQuotes);
        Dataset<Row> removed = null;
        Dataset<Row> months = newEntities.select("year", "month");
        if (!replaced.isEmpty()) {
            Dataset<Row> oldEntities = ofArticles(tables.read(Table.ENTITIES), replaced);
            removed = dev.quarry.aggregate.AggregateJob.entityMentionCounts(oldEntities, ofArticles(tables.read(Table.QUOTES), replaced));
            months = months.unionByName(oldEntities.select("year", "month"));
        }
        Dataset<Row> current = tables.read(Table.ENTITY_MENTIONS_MONTHLY).filter(TableWriter.inMonths("", months));
        return TableWriter.Update.upsert(dev.quarry.aggregate.EntityMentionsUpdate.changedRows(current, added, removed, runId),
                        dev.quarry.aggregate.EntityMentionsUpdate.KEYS.toArray(String[]::new))
                .deletingWhere(dev.quarry.aggregate.EntityMentionsUpdate.DELETES);
    }

    /**
     * Whether the derived tables can be updated by key: they all exist, and the last run that wrote
     * them was this version of Quarry. Another version may group quotes or names differently, and an
     * update by key would mix its rows with ours, so the first run after an upgrade derives them in full.
     */
    private static boolean byKeyPossible(TableWriter tables) {
        for (Table t : List.of(Table.QUOTES, Table.QUOTATIONS, Table.SPEAKERS, Table.SPEAKERS_MONTHLY, Table.RUNS)) {
            if (!tables.exists(t)) {
                return false;
            }
        }
        List<Row> last = tables.read(Table.RUNS).orderBy(functions.col("finished_at").desc()).select("code_version").limit(1).collectAsList();
        return !last.isEmpty() && CODE_VERSION.equals(last.get(0).getString(0));
    }

    private static Dataset<Row> ofArticles(Dataset<Row> rows, List<String> articleIds) {
        return rows.filter(functions.col("article_id").isin(articleIds.toArray()));
    }

    /** New rows: appended, or on a full run the whole table. */
    private static TableWriter.Update added(boolean full, Dataset<Row> rows) {
        return full ? TableWriter.Update.replace(rows) : TableWriter.Update.append(rows);
    }

    /** The previous rows (but those of replaced articles) plus the new ones, or only the new ones on a full run. */
    private static Dataset<Row> withPrevious(TableWriter tables, boolean full, Table table, Dataset<Row> news, List<String> replaced) {
        if (full || !tables.exists(table)) {
            return news;
        }
        Dataset<Row> previous = tables.read(table);
        if (!replaced.isEmpty()) {
            previous = previous.filter(functions.not(functions.col("article_id").isin(replaced.toArray())));
        }
        return previous.unionByName(news);
    }

    /**
     * The linked quotes that the quotes table does not hold as they are: the new ones, and old ones
     * whose speaker_id or quotation_id moved because the new articles changed a speaker's identity or
     * a quotation's grouping, and every quote of a replaced article.
     */
    static Dataset<Row> newOrRelinked(Dataset<Row> linked, Dataset<Row> previous, List<String> replaced) {
        Dataset<Row> old = previous.select(functions.col("quote_id").as("o_quote_id"),
                functions.col("speaker_id").as("o_speaker_id"), functions.col("quotation_id").as("o_quotation_id"));
        return linked.join(old, linked.col("quote_id").equalTo(old.col("o_quote_id")), "left")
                .filter(functions.col("o_quote_id").isNull()
                        // Every quote of a replaced article is written again: those its new version lacks are deleted.
                        .or(functions.col("article_id").isin(replaced.toArray()))
                        .or(functions.not(functions.col("speaker_id").eqNullSafe(functions.col("o_speaker_id"))))
                        .or(functions.not(functions.col("quotation_id").eqNullSafe(functions.col("o_quotation_id")))))
                .select(Table.QUOTES.sparkColumns());
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
