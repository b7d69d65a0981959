package dev.quarry.benchmark;

import dev.quarry.annotate.AnnotateJob;
import dev.quarry.annotate.ArticleStage;
import dev.quarry.archive.ArchiveUpdate;
import dev.quarry.ingest.IngestJob;
import dev.quarry.session.Progress;
import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import dev.quarry.config.InputFormat;
import dev.quarry.config.QuarryConfig;
import dev.quarry.annotate.BasePipeline;
import dev.quarry.annotate.ModelPipeline;
import dev.quarry.tables.Table;
import dev.quarry.tables.TableWriter;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

/**
 * The benchmark: builds a seeded archive by resampling a source archive, then times each stage on
 * it. Model stages are timed as growing prefixes of the pipeline (each forced by an aggregate over
 * its output column) and reported as the difference to the prefix before; the plain-Java parts are
 * timed inside the tasks. The scan floor reads the archive, tokenizes it and writes one Parquet
 * column: the other stages are also given as a share of it, which holds on a noisy machine.
 */
public final class BenchmarkJob {

    /** Every stage, in the order they run. */
    public static final List<String> STAGES = List.of("floor", "read", "base", "pos", "dependency", "ner", "quotes",
            "entities", "annotate", "run", "write", "daily");

    /** The stages timed when none are named: all but the daily drops, which take a run per day. */
    public static final List<String> DEFAULT_STAGES = STAGES.subList(0, STAGES.indexOf("daily"));

    /**
     * What to benchmark.
     *
     * @param days       daily drops for the daily stage
     * @param dayArticles articles in each daily drop
     */
    public record Options(String source, InputFormat sourceFormat, SyntheticArchive.Spec spec, Path work, Set<String> stages,
                          int days, int dayArticles) {
    }

    private BenchmarkJob() {
    }

    public static BenchmarkReport run(SparkSession spark, QuarryConfig config, Options o, Progress progress) throws IOException {
        BenchmarkReport report = new BenchmarkReport();
        int cores = spark.sparkContext().defaultParallelism();
        machine(report, spark, cores);
        QuarryConfig sourceConfig = withInput(config, o.source(), o.sourceFormat(), o.work().resolve("source-out").toString());
        Progress quiet = silent();

        progress.start("benchmark", "reading the source archive " + o.source());
        // In a fixed order (by id), so that the same seed gives the same archive whatever the partitioning.
        List<SyntheticArchive.SourceArticle> sources = new ArrayList<>();
        IngestJob.Result src = IngestJob.run(spark, sourceConfig, "benchmark-source", Instant.now(), quiet, null, null);
        for (Row r : src.articles().filter(col("text").isNotNull().and(length(col("text")).gt(0))
                        .and(col("language").isNull().or(col("language").isin(config.annotate().languages().toArray()))))
                .orderBy("article_id").select("title", "text").collectAsList()) {
            sources.add(new SyntheticArchive.SourceArticle(r.getString(0), r.getString(1)));
        }
        src.release();
        progress.done(sources.size() + " articles to resample");
        if (o.stages().stream().anyMatch(st -> !st.equals("daily"))) {
            throughput(spark, config, o, sources, report, progress, cores);
        }
        if (o.stages().contains("daily")) {
            daily(spark, config, o, sources, report, progress);
        }
        findings(report);
        return report;
    }

    /** Every stage but the daily one, on the resampled archive of {@code --articles}. */
    private static void throughput(SparkSession spark, QuarryConfig config, Options o, List<SyntheticArchive.SourceArticle> sources,
                                   BenchmarkReport report, Progress progress, int cores) throws IOException {
        Progress quiet = silent();
        Path archiveDir = o.work().resolve("archive");
        progress.start("benchmark", "resampling " + o.spec().articles() + " articles into " + archiveDir);
        SyntheticArchive.Summary archive = SyntheticArchive.write(sources, o.source(), o.spec(), archiveDir);
        progress.done((archive.reused() ? "reused " : "wrote ") + archive.articles() + " articles ("
                + archive.chars() / 1_000_000 + " M chars, " + archive.files() + " files) resampled from " + sources.size());
        report.archive("source", o.source());
        report.archive("source_articles", sources.size());
        report.archive("seed", o.spec().seed());
        report.archive("long_articles", o.spec().longArticles());
        report.archive("long_article_chars", o.spec().longChars());
        report.archive("path", archiveDir.toAbsolutePath().toString());

        QuarryConfig bench = withInput(config, archiveDir.toAbsolutePath().toString(), InputFormat.JSONL,
                o.work().resolve("run-out").toAbsolutePath().toString());
        int partitions = AnnotateJob.partitions(spark, config);
        boolean models = config.models().enabled();
        List<Transformer> modelStages = models ? ModelPipeline.load(ModelPipeline.locate(config.models())) : List.of();

        try (MemoryWatch memory = new MemoryWatch(20)) {
            warmUp(spark, config, sources, modelStages, progress);

            if (o.stages().contains("floor")) {
                Path floorOut = o.work().resolve("floor-out");
                time(report, memory, progress, "floor", "scan floor: read the JSON Lines, tokenize, write the tokens as one Parquet column",
                        null, () -> {
                            Dataset<Row> raw = spark.read().schema("maintext string").json(archiveDir.toAbsolutePath().toString());
                            floorPipeline(spark).transform(raw).select(col("token.result").as("tokens"))
                                    .write().mode("overwrite").parquet(floorOut.toAbsolutePath().toString());
                            return null;
                        });
            }

            // read: Quarry's own ingest (parsing, field mapping, language check, duplicates), cached for what follows.
            Dataset<Row>[] articles = new Dataset[1];
            long[] articleCount = new long[1];
            time(report, memory, progress, "read", "ingest the archive into articles (cached for the stages below)", null, () -> {
                IngestJob.Result r = IngestJob.run(spark, bench, "benchmark-read", Instant.now(), quiet, null, null);
                articles[0] = r.articles().select("article_id", "text", "language", "published_at", "source", "year", "month",
                        "source_file", "record_number").repartition(partitions).persist(StorageLevel.MEMORY_AND_DISK());
                articleCount[0] = articles[0].count();
                r.release();
                return articleCount[0];
            });
            Dataset<Row> input = articles[0];
            // The model stages are timed on what annotate gives Spark NLP: pieces of at most annotate.max-piece-chars.
            Dataset<Row> pieces = AnnotateJob.pieces(input, config.annotate().maxPieceChars(), partitions)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            pieces.count();

            PipelineModel base = BasePipeline.fit(spark, config.annotate().maxSentenceChars());
            long[] size = new long[2];
            double baseSeconds = time(report, memory, progress, "base", "Spark NLP document, sentences and tokens", null, () -> {
                Row r = base.transform(pieces).agg(sum(size(col(BasePipeline.TOKEN_COL))), sum(length(col("text")))).first();
                size[0] = r.isNullAt(0) ? 0 : r.getLong(0);
                size[1] = r.isNullAt(1) ? 0 : r.getLong(1);
                return null;
            });
            report.size(articleCount[0], size[0], size[1], cores);
            if (articleCount[0] != o.spec().articles()) {
                report.finding("ingest kept " + articleCount[0] + " of the " + o.spec().articles()
                        + " articles (the others are rejects, e.g. too_large: see ingest.max-article-chars); rates count the kept ones");
            }

            if (models) {
                // Prefixes: each adds stages and forces every model column so far, so no stage is pruned away.
                List<ModelStep> steps = List.of(
                        new ModelStep("pos", "POS tagger (perceptron)", 1, List.of(ModelPipeline.POS_COL),
                                "prefix to pos minus base"),
                        new ModelStep("dependency", "lemmas and the dependency parser", 3,
                                List.of(ModelPipeline.POS_COL, ModelPipeline.LEMMA_COL, ModelPipeline.DEPENDENCY_COL),
                                "prefix to dependency minus the one before"),
                        new ModelStep("ner", "the NER model (and word embeddings, if it takes them)", modelStages.size(),
                                List.of(ModelPipeline.POS_COL, ModelPipeline.LEMMA_COL, ModelPipeline.DEPENDENCY_COL, ModelPipeline.NER_COL),
                                "whole model pipeline minus the one before"));
                double before = baseSeconds;
                for (ModelStep step : steps) {
                    if (!o.stages().contains(step.name())) {
                        continue;
                    }
                    double t = prefix(base, modelStages.subList(0, step.stages()), pieces, step.force());
                    report.add(new BenchmarkReport.Stage(step.name(), step.description(), Math.max(t - before, 1e-3), memory.reset(),
                            step.note()));
                    progress.info(String.format("benchmark: %s %.1f s", step.name(), t - before));
                    before = t;
                }
            }

            if (o.stages().contains("annotate") || o.stages().contains("quotes") || o.stages().contains("entities")) {
                // Annotate itself (pieces, Java stage, persisted output), with the columns no table reads kept too.
                AnnotateJob.Result[] result = new AnnotateJob.Result[1];
                BenchmarkReport.Stage annotate = timed(memory, progress, "annotate",
                        "annotate with every model stage on: Spark NLP pipeline, then entities and quotes", null, () ->
                                result[0] = AnnotateJob.run(spark, config, "benchmark-annotate", new java.sql.Timestamp(System.currentTimeMillis()),
                                        input, quiet, true));
                Map<ArticleStage.Part, Double> java = result[0].javaSeconds();
                result[0].release();
                if (o.stages().contains("quotes")) {
                    report.add(new BenchmarkReport.Stage("quotes", "quote finding, speaker resolution and linking",
                            Math.max(java.get(ArticleStage.Part.QUOTES) / cores, 1e-3), null, "task time / cores, inside annotate"));
                }
                if (o.stages().contains("entities")) {
                    report.add(new BenchmarkReport.Stage("entities", "annotation rows to Java, NER consistency, entity grouping",
                            Math.max((java.get(ArticleStage.Part.ENTITIES) + java.get(ArticleStage.Part.CONVERT)) / cores, 1e-3),
                            null, "task time / cores, inside annotate"));
                }
                if (o.stages().contains("annotate")) {
                    report.add(annotate);
                }
            }

            if (o.stages().contains("run") || o.stages().contains("write")) {
                // The write stage rewrites the run's tables, so it needs the run even when the run is not reported.
                Progress runProgress = silent();
                BenchmarkReport.Stage run = timed(memory, progress, "run", "the whole of `run --full --no-report`: ingest, annotate, aggregate, write",
                        "annotate as run does it: no table reads lemmas or dependencies, so Spark skips them", () ->
                                ArchiveUpdate.run(spark, bench, "benchmark-run", Instant.now(), runProgress, "benchmark", true, true));
                report.finding("run's own stages: " + runProgress.stageMillis());
                if (o.stages().contains("run")) {
                    report.add(run);
                }
            }
            if (o.stages().contains("write")) {
                // The run's tables, cached, written again: Parquet encoding and file output alone.
                TableWriter written = new TableWriter(spark, bench.output().root(), "benchmark-run");
                Map<Table, Dataset<Row>> tables = new LinkedHashMap<>();
                for (Table t : List.of(Table.ARTICLES, Table.QUOTES, Table.ENTITIES)) {
                    Dataset<Row> d = written.read(t).persist(StorageLevel.MEMORY_AND_DISK());
                    d.count();
                    tables.put(t, d);
                }
                TableWriter copy = new TableWriter(spark, o.work().resolve("write-out").toAbsolutePath().toString(), "benchmark-write");
                time(report, memory, progress, "write", "Delta write (staged, then committed) of articles, quotes and entities (cached)", null, () -> {
                    copy.replace(tables);
                    return null;
                });
                tables.values().forEach(Dataset::unpersist);
            }
            pieces.unpersist();
            input.unpersist();
        }
    }

    /** The daily stage: see {@link DailyDrops}. */
    private static void daily(SparkSession spark, QuarryConfig config, Options o, List<SyntheticArchive.SourceArticle> sources,
                              BenchmarkReport report, Progress progress) throws IOException {
        Path archive = o.work().resolve("daily-archive");
        SyntheticArchive.Summary drops = SyntheticArchive.writeDaily(sources, o.source(), o.spec().seed(), o.days(), o.dayArticles(), archive);
        progress.start("benchmark", "daily: " + o.days() + " drops of " + o.dayArticles() + " articles, run one after another into one root");
        List<DailyDrops.Drop> runs = DailyDrops.run(spark, config, archive, o.days(), o.work().resolve("daily"), progress);
        progress.done("done");
        report.archive("daily_drops", o.days());
        report.archive("daily_drop_articles", o.dayArticles());
        report.archive("daily_archive_chars", drops.chars());
        report.daily(runs);
        growthFinding(report, "daily: the last drop's cost over the second's:", DailyDrops.growth(runs));
        growthFinding(report, "daily: the median of the last five drops over that of drops 3-7:", DailyDrops.steadyGrowth(runs));
    }

    private static void growthFinding(BenchmarkReport report, String title, Map<String, Double> ratios) {
        if (!ratios.isEmpty()) {
            StringBuilder b = new StringBuilder(title);
            ratios.forEach((k, v) -> b.append(String.format(" %s %.2fx", k, v)));
            report.finding(b.toString());
        }
    }

    private static void findings(BenchmarkReport report) {
        BenchmarkReport.Stage annotate = report.stage("annotate");
        if (annotate != null) {
            double ratio = report.ratioToFloor(annotate);
            report.finding(String.format("annotate, every model stage on: %.0f tokens/s per core%s",
                    report.tokensPerSecondPerCore(annotate),
                    Double.isNaN(ratio) ? "" : String.format("; %.3f of the scan floor's throughput", ratio)));
        }
        BenchmarkReport.Stage slowest = null;
        for (BenchmarkReport.Stage s : report.stages()) {
            if (Set.of("pos", "dependency", "ner", "quotes", "entities").contains(s.name())
                    && (slowest == null || s.seconds() > slowest.seconds())) {
                slowest = s;
            }
        }
        if (slowest != null && annotate != null) {
            report.finding(String.format("the stage that takes the time: %s, %.0f%% of annotate", slowest.name(),
                    100 * slowest.seconds() / annotate.seconds()));
        }
    }

    private static void machine(BenchmarkReport report, SparkSession spark, int cores) {
        report.machine("available_processors", Runtime.getRuntime().availableProcessors());
        report.machine("spark_master", spark.sparkContext().master());
        report.machine("spark_cores", cores);
        report.machine("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576);
        long memory = MemoryWatch.procKilobytes(Path.of("/proc/meminfo"), "MemTotal:");
        report.machine("memory_mb", memory < 0 ? "unknown" : memory / 1024);
        report.machine("java", System.getProperty("java.version"));
        report.machine("spark", spark.version());
    }

    /** The whole pipeline over a few source articles first, so JIT compilation and model broadcasts are not timed. */
    private static void warmUp(SparkSession spark, QuarryConfig config, List<SyntheticArchive.SourceArticle> sources,
                               List<Transformer> modelStages, Progress progress) {
        progress.start("benchmark", "warming up on " + Math.min(50, sources.size()) + " articles");
        List<Row> rows = new ArrayList<>();
        for (SyntheticArchive.SourceArticle s : sources.subList(0, Math.min(50, sources.size()))) {
            rows.add(org.apache.spark.sql.RowFactory.create("warm-" + rows.size(), s.text()));
        }
        Dataset<Row> warm = spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType()
                .add("article_id", "string").add("text", "string"));
        PipelineModel pipeline = ModelPipeline.annotatePipeline(spark, config.annotate().maxSentenceChars(), config.models());
        Dataset<Row> out = pipeline.transform(warm);
        List<Column> cols = new ArrayList<>();
        cols.add(col("article_id"));
        cols.add(col("text"));
        for (String c : ModelPipeline.javaInputColumns(config.models())) {
            cols.add(col(c));
        }
        if (!modelStages.isEmpty()) {
            // Selected, so that the stages no table reads are warmed too.
            cols.add(size(col(ModelPipeline.DEPENDENCY_COL)));
            cols.add(size(col(ModelPipeline.LEMMA_COL)));
        }
        ArticleStage stage = ArticleStage.of(config);
        long n = out.select(cols.toArray(new Column[0])).javaRDD().map(r -> stage.process(r).quotes().size()).count();
        progress.done(n + " articles");
    }

    private static PipelineModel floorPipeline(SparkSession spark) {
        DocumentAssembler document = new DocumentAssembler();
        document.setInputCol("maintext");
        document.setOutputCol("document");
        document.setCleanupMode("disabled");
        Tokenizer tokens = new Tokenizer();
        tokens.setInputCols(new String[] {"document"});
        tokens.setOutputCol("token");
        return new Pipeline().setStages(new PipelineStage[] {document, tokens})
                .fit(spark.createDataFrame(List.<Row>of(), new org.apache.spark.sql.types.StructType().add("maintext", "string")));
    }

    /** One model stage as the benchmark times it: the first {@code stages} model stages, forcing these columns. */
    private record ModelStep(String name, String description, int stages, List<String> force, String note) {
    }

    static Progress silent() {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    /** Seconds to run base plus the given model stages, forcing each listed column with an aggregate. */
    private static double prefix(PipelineModel base, List<Transformer> stages, Dataset<Row> input, List<String> force) {
        Dataset<Row> d = base.transform(input);
        for (Transformer t : stages) {
            d = t.transform(d);
        }
        Column[] sums = force.stream().map(c -> sum(size(col(c)))).toArray(Column[]::new);
        long t0 = System.nanoTime();
        d.agg(sums[0], java.util.Arrays.copyOfRange(sums, 1, sums.length)).first();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double time(BenchmarkReport report, MemoryWatch memory, Progress progress, String name, String what,
                               String note, Supplier<Object> work) {
        BenchmarkReport.Stage s = timed(memory, progress, name, what, note, work);
        report.add(s);
        return s.seconds();
    }

    private static BenchmarkReport.Stage timed(MemoryWatch memory, Progress progress, String name, String what, String note,
                                               Supplier<Object> work) {
        progress.start("benchmark", name + ": " + what);
        memory.reset();
        long t0 = System.nanoTime();
        work.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        MemoryWatch.Peak peak = memory.reset();
        progress.done(String.format("%s %.1f s", name, seconds));
        return new BenchmarkReport.Stage(name, what, seconds, peak, note);
    }

    static QuarryConfig withInput(QuarryConfig c, String path, InputFormat format, String outputRoot) {
        return new QuarryConfig(new QuarryConfig.Input(path, format), new QuarryConfig.Output(outputRoot), c.spark(), c.ingest(),
                c.annotate(), c.models(), c.quotes(), c.speakers(), c.logging(), c.hash());
    }
}
