package dev.quarry.annotate;

import dev.quarry.session.Progress;
import dev.quarry.config.QuarryConfig;
import dev.quarry.entities.EntityMention;
import dev.quarry.entities.Mention;
import dev.quarry.quotes.Quote;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Annotate: articles through the Spark NLP pipeline, then quote finding and speaker resolution in
 * plain Java, one article at a time. An article whose quote finding fails becomes an
 * annotate_failed reject; the others go on.
 */
public final class AnnotateJob {

    /** The article columns annotate carries from its input to its output rows. */
    private static final List<String> ARTICLE_COLUMNS = List.of("article_id", "text", "published_at", "source", "year", "month",
            "source_file", "record_number");

    /**
     * @param notAnnotated articles left out because of their language, by language code
     * @param javaSeconds  task seconds spent in each part of the plain-Java stage, summed over tasks
     */
    public record Result(Dataset<Row> quotes, Dataset<Row> entities, Dataset<Row> failures, long quoteCount,
                         long entityCount, long failureCount, java.util.Map<String, Long> notAnnotated, String modelsVersion,
                         java.util.Map<ArticleStage.Part, Double> javaSeconds, Dataset<Row> persisted) {
        /** Frees the cached annotate output once the tables are written. */
        public void release() {
            persisted.unpersist();
        }
    }

    /** Accumulator names of the progress counts. */
    static final String ARTICLES_DONE = "quarry annotate articles done";
    static final String TOKENS_DONE = "quarry annotate tokens done";

    private AnnotateJob() {
    }

    public static Result run(SparkSession spark, QuarryConfig config, String runId, Timestamp runStart,
                             Dataset<Row> articles, Progress progress) {
        return run(spark, config, runId, runStart, articles, progress, false);
    }

    /**
     * @param everyModelStage also compute the model columns no table reads (lemmas, dependencies),
     *                        which Spark would otherwise leave out: the benchmark's "every stage on"
     */
    public static Result run(SparkSession spark, QuarryConfig config, String runId, Timestamp runStart,
                             Dataset<Row> articles, Progress progress, boolean everyModelStage) {
        progress.start("annotate", !config.models().enabled()
                ? "Spark NLP sentences and tokens, then quotes (models disabled)"
                : everyModelStage ? "Spark NLP sentences, tokens, POS, lemmas, dependencies and NER, then entities and quotes"
                : "Spark NLP sentences, tokens, POS and NER, then entities and quotes");
        // Run reads no lemmas or dependencies: their models are not even loaded then.
        PipelineModel pipeline = ModelPipeline.annotatePipeline(spark, config.annotate().maxSentenceChars(), config.models(),
                config.output().root(), everyModelStage ? ModelPipeline.EVERY_KIND_READ : ModelPipeline.RUN_KINDS,
                progress::info);
        String modelsVersion = config.models().enabled() ? ModelPipeline.version(ModelPipeline.locate(config.models())) : null;
        org.apache.spark.sql.Column wanted = col("language").isNull().or(col("language").isin(config.annotate().languages().toArray()));
        java.util.Map<String, Long> otherLanguages = new java.util.LinkedHashMap<>();
        long toAnnotate = 0;
        for (Row r : articles.groupBy("language").count().orderBy("language").collectAsList()) {
            if (r.isNullAt(0) || config.annotate().languages().contains(r.getString(0))) {
                toAnnotate += r.getLong(1);
            } else {
                otherLanguages.put(r.getString(0), r.getLong(1));
            }
        }
        // Live counts for the progress line: articles (their last piece) and tokens through the Java stage.
        org.apache.spark.util.LongAccumulator articlesDone = spark.sparkContext().longAccumulator(ARTICLES_DONE);
        org.apache.spark.util.LongAccumulator tokensDone = spark.sparkContext().longAccumulator(TOKENS_DONE);
        progress.track(articlesDone);
        progress.track(tokensDone);
        progress.expect("articles", toAnnotate, ARTICLES_DONE, TOKENS_DONE);
        Dataset<Row> input = pieces(articles.filter(wanted), config.annotate().maxPieceChars(), partitions(spark, config));
        List<String> columns = new ArrayList<>(List.of(input.columns()));
        columns.addAll(ModelPipeline.javaInputColumns(config.models()));
        if (everyModelStage && config.models().enabled()) {
            for (String c : List.of(ModelPipeline.POS_COL, ModelPipeline.LEMMA_COL, ModelPipeline.DEPENDENCY_COL)) {
                columns.add("size(" + c + ") as " + c + "_count");
            }
        }
        Dataset<Row> annotated = pipeline.transform(input).selectExpr(columns.toArray(new String[0]));
        double failureRate = Double.parseDouble(spark.conf().get("spark.quarry.test.failure-rate", "0"));
        java.util.Map<ArticleStage.Part, org.apache.spark.util.LongAccumulator> nanos = new java.util.EnumMap<>(ArticleStage.Part.class);
        for (ArticleStage.Part p : ArticleStage.Part.values()) {
            nanos.put(p, spark.sparkContext().longAccumulator("annotate " + p.name().toLowerCase(java.util.Locale.ROOT) + " nanos"));
        }
        ArticleStage.PartTimes times = (part, n) -> nanos.get(part).add(n);
        ArticleStage stage = ArticleStage.of(config);
        Dataset<Row> out = annotated.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> quotesOf(stage, rows, failureRate, times,
                        articlesDone, tokensDone),
                        Encoders.row(AnnotateOutput.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> quotes = out.filter(col("kind").equalTo(AnnotateOutput.QUOTE));
        Dataset<Row> entities = out.filter(col("kind").equalTo(AnnotateOutput.ENTITY));
        Dataset<Row> failures = out.filter(col("kind").equalTo(AnnotateOutput.FAILURE))
                .withColumn("stage", lit("annotate"))
                .withColumn("reason", lit("annotate_failed"))
                .withColumn("excerpt", lit(null).cast("string"))
                .withColumn("run_id", lit(runId))
                .withColumn("rejected_at", lit(runStart));
        // One pass over the persisted output counts all three kinds.
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (Row r : out.groupBy("kind").count().collectAsList()) {
            counts.put(r.getString(0), r.getLong(1));
        }
        long quoteCount = counts.getOrDefault(AnnotateOutput.QUOTE, 0L);
        long entityCount = counts.getOrDefault(AnnotateOutput.ENTITY, 0L);
        long failureCount = counts.getOrDefault(AnnotateOutput.FAILURE, 0L);
        if (counts.getOrDefault(AnnotateOutput.PIECE, 0L) > 0) {
            // Sentences were numbered within each piece: add the sentences of the pieces before.
            Dataset<Row> offsets = sentenceOffsets(spark, out.filter(col("kind").equalTo(AnnotateOutput.PIECE))
                    .select("article_id", "piece", "piece_sentences").collectAsList());
            quotes = renumber(quotes, offsets);
            entities = renumber(entities, offsets);
        }
        if (failureCount > 0) {
            // An article whose piece failed keeps no rows from its other pieces either.
            Dataset<Row> failed = org.apache.spark.sql.functions.broadcast(out.filter(col("kind").equalTo(AnnotateOutput.FAILURE)).select("article_id").distinct());
            quotes = quotes.join(failed, quotes.col("article_id").equalTo(failed.col("article_id")), "left_anti");
            entities = entities.join(failed, entities.col("article_id").equalTo(failed.col("article_id")), "left_anti");
        }
        quotes = quotes.withColumn("run_id", lit(runId));
        entities = entities.withColumn("run_id", lit(runId));
        // Accumulators may count a retried task twice; good enough for a timing, never used for data.
        java.util.Map<ArticleStage.Part, Double> javaSeconds = new java.util.EnumMap<>(ArticleStage.Part.class);
        nanos.forEach((p, acc) -> javaSeconds.put(p, acc.value() / 1e9));
        progress.done(quoteCount + " quotes, " + entityCount + " entity mentions" + (failureCount > 0 ? ", " + failureCount + " article(s) failed" : "")
                + (otherLanguages.isEmpty() ? "" : ", not annotated (language): " + otherLanguages)
                + String.format("; task time in quote finding %.1f s, entity grouping %.1f s",
                javaSeconds.get(ArticleStage.Part.QUOTES), javaSeconds.get(ArticleStage.Part.ENTITIES)));
        return new Result(quotes, entities, failures, quoteCount, entityCount, failureCount, otherLanguages, modelsVersion,
                javaSeconds, out);
    }

    /**
     * The articles as the rows Spark NLP annotates: one per piece (see {@link ArticlePieces}), with the
     * piece's number, its offset in the article and the article's number of pieces. Pieces are spread
     * over the partitions after the split, so a huge article is annotated by many tasks.
     */
    public static Dataset<Row> pieces(Dataset<Row> articles, int maxChars, int partitions) {
        Dataset<Row> selected = articles.select(ARTICLE_COLUMNS.stream().map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new));
        StructType schema = selected.schema()
                .add("piece", DataTypes.IntegerType, false)
                .add("piece_offset", DataTypes.IntegerType, false)
                .add("pieces", DataTypes.IntegerType, false);
        int textField = schema.fieldIndex("text");
        return selected.flatMap((org.apache.spark.api.java.function.FlatMapFunction<Row, Row>) r -> pieces(r, textField, maxChars),
                        Encoders.row(schema))
                .repartition(partitions);
    }

    /** Annotate's partitions: annotate.partitions, or two per core when that is 0. */
    public static int partitions(SparkSession spark, QuarryConfig config) {
        return config.annotate().partitions() > 0
                ? config.annotate().partitions()
                : Math.max(2, spark.sparkContext().defaultParallelism() * 2);
    }

    /** An article as its pieces, each the article's row with the piece's text and its number, offset and count. */
    private static Iterator<Row> pieces(Row r, int textField, int maxChars) {
        String text = r.getString(textField);
        List<ArticlePieces.Piece> pieces = ArticlePieces.split(text == null ? "" : text, maxChars);
        List<Row> out = new ArrayList<>(pieces.size());
        for (ArticlePieces.Piece p : pieces) {
            Object[] values = new Object[r.length() + 3];
            for (int i = 0; i < r.length(); i++) {
                values[i] = r.get(i);
            }
            values[textField] = p.text();
            values[r.length()] = p.index();
            values[r.length() + 1] = p.offset();
            values[r.length() + 2] = pieces.size();
            out.add(RowFactory.create(values));
        }
        return out.iterator();
    }

    /** Per article and piece, the number of sentences in the pieces before it. */
    private static Dataset<Row> sentenceOffsets(SparkSession spark, List<Row> pieceRows) {
        java.util.Map<String, java.util.TreeMap<Integer, Integer>> byArticle = new java.util.HashMap<>();
        for (Row r : pieceRows) {
            byArticle.computeIfAbsent(r.getString(0), k -> new java.util.TreeMap<>()).put(r.getInt(1), r.getInt(2));
        }
        List<Row> rows = new ArrayList<>();
        byArticle.forEach((id, pieces) -> {
            int before = 0;
            for (java.util.Map.Entry<Integer, Integer> e : pieces.entrySet()) {
                rows.add(RowFactory.create(id, e.getKey(), before));
                before += e.getValue();
            }
        });
        StructType schema = new StructType().add("o_article_id", DataTypes.StringType).add("o_piece", DataTypes.IntegerType)
                .add("sentence_offset", DataTypes.IntegerType);
        return org.apache.spark.sql.functions.broadcast(spark.createDataFrame(rows, schema));
    }

    private static Dataset<Row> renumber(Dataset<Row> rows, Dataset<Row> offsets) {
        return rows.join(offsets, rows.col("article_id").equalTo(offsets.col("o_article_id"))
                        .and(rows.col("piece").equalTo(offsets.col("o_piece"))), "left")
                .withColumn("sentence_index", col("sentence_index").plus(org.apache.spark.sql.functions.coalesce(col("sentence_offset"), lit(0))))
                .drop("o_article_id", "o_piece", "sentence_offset");
    }

    /**
     * Quote finding for one partition. For failure tests, {@code spark.quarry.test.failure-rate} makes a
     * task's first attempt fail at random, so that Spark's retries can be checked to lose and double nothing.
     */
    private static Iterator<Row> quotesOf(ArticleStage stage, Iterator<Row> rows, double failureRate, ArticleStage.PartTimes times,
                                          org.apache.spark.util.LongAccumulator articlesDone,
                                          org.apache.spark.util.LongAccumulator tokensDone) {
        org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
        if (failureRate > 0 && task != null && task.attemptNumber() == 0
                && new java.util.SplittableRandom(task.partitionId() * 1_000_003L + task.stageId()).nextDouble() < failureRate) {
            System.err.println("[quarry] injected failure in task " + task.taskAttemptId() + " (partition " + task.partitionId() + ")");
            throw new IllegalStateException("injected failure (spark.quarry.test.failure-rate=" + failureRate + ")");
        }
        List<Row> out = new ArrayList<>();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                while (next >= out.size() && rows.hasNext()) {
                    out.clear();
                    next = 0;
                    annotate(rows.next());
                }
                return next < out.size();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return out.get(next++);
            }

            private void annotate(Row r) {
                String id = r.getAs("article_id");
                int piece = r.getAs("piece");
                int off = r.getAs("piece_offset");
                int pieces = r.getAs("pieces");
                // Ids are made from the article id and offsets within the text given: a piece's own id keeps them unique.
                String idForIds = pieces > 1 ? id + "@" + off : id;
                int before = out.size();
                tokensDone.add(r.getList(r.fieldIndex(dev.quarry.annotate.BasePipeline.TOKEN_COL)).size());
                if (piece == pieces - 1) {
                    articlesDone.add(1);
                }
                AnnotateOutput.ArticleFields fields = new AnnotateOutput.ArticleFields(id, r.getAs("published_at"), r.getAs("source"),
                        r.getAs("year"), r.getAs("month"), piece);
                try {
                    ArticleStage.Result result = stage.process(idForIds, r, times);
                    for (Quote q : result.quotes()) {
                        out.add(AnnotateOutput.quote(fields, q, ArticleStage.speakerKey(q, result.entities()), off));
                    }
                    for (EntityMention e : result.entities()) {
                        out.add(AnnotateOutput.entity(fields, e, off));
                    }
                    if (pieces > 1) {
                        out.add(AnnotateOutput.piece(fields, result.article().sentences().size()));
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    // Half an article's rows would be worse than none: drop them and reject the article.
                    out.subList(before, out.size()).clear();
                    out.add(AnnotateOutput.failure(fields, r.getAs("source_file"), r.getAs("record_number"), "entity or quote finding failed"
                            + (pieces > 1 ? " (piece " + piece + " of " + pieces + ")" : "") + ": " + e));
                }
            }
        };
    }
}
