package dev.quarry.jobs;

import dev.quarry.config.QuarryConfig;
import dev.quarry.nlp.BasePipeline;
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

    /** Output rows before they are split: quotes, and failures for the rejects table. */
    private static final StructType OUT_SCHEMA = new StructType()
            .add("is_quote", DataTypes.BooleanType, false)
            .add("article_id", DataTypes.StringType, false)
            .add("quote_id", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("start", DataTypes.IntegerType, true)
            .add("end", DataTypes.IntegerType, true)
            .add("type", DataTypes.StringType, true)
            .add("cue", DataTypes.StringType, true)
            .add("cue_start", DataTypes.IntegerType, true)
            .add("cue_end", DataTypes.IntegerType, true)
            .add("speaker_mention", DataTypes.StringType, true)
            .add("speaker_start", DataTypes.IntegerType, true)
            .add("speaker_end", DataTypes.IntegerType, true)
            .add("speaker", DataTypes.StringType, true)
            .add("speaker_entity_id", DataTypes.StringType, true)
            .add("speaker_type", DataTypes.StringType, true)
            .add("confidence", DataTypes.DoubleType, true)
            .add("sentence_index", DataTypes.IntegerType, true)
            .add("published_at", DataTypes.TimestampType, true)
            .add("source", DataTypes.StringType, true)
            .add("year", DataTypes.IntegerType, false)
            .add("month", DataTypes.IntegerType, false)
            .add("source_file", DataTypes.StringType, true)
            .add("record_number", DataTypes.LongType, true)
            .add("message", DataTypes.StringType, true);

    /** @param notAnnotated articles left out because of their language, by language code */
    public record Result(Dataset<Row> quotes, Dataset<Row> failures, long quoteCount, long failureCount,
                         java.util.Map<String, Long> notAnnotated) {
    }

    private AnnotateJob() {
    }

    public static Result run(SparkSession spark, QuarryConfig config, String runId, Timestamp runStart,
                             Dataset<Row> articles, Progress progress) {
        progress.start("annotate", "Spark NLP sentences and tokens, then quotes");
        int partitions = config.annotate().partitions() > 0
                ? config.annotate().partitions()
                : Math.max(2, spark.sparkContext().defaultParallelism() * 2);
        PipelineModel pipeline = BasePipeline.fit(spark, config.annotate().maxSentenceChars());
        org.apache.spark.sql.Column wanted = col("language").isNull().or(col("language").isin(config.annotate().languages().toArray()));
        java.util.Map<String, Long> otherLanguages = new java.util.LinkedHashMap<>();
        for (Row r : articles.filter(org.apache.spark.sql.functions.not(wanted)).groupBy("language").count().orderBy("language").collectAsList()) {
            otherLanguages.put(r.getString(0), r.getLong(1));
        }
        Dataset<Row> input = articles.filter(wanted)
                .select("article_id", "text", "published_at", "source", "year", "month", "source_file", "record_number")
                .repartition(partitions);
        Dataset<Row> annotated = pipeline.transform(input)
                .select("article_id", "text", "published_at", "source", "year", "month", "source_file", "record_number",
                        BasePipeline.SENTENCE_COL, BasePipeline.TOKEN_COL);
        double failureRate = Double.parseDouble(spark.conf().get("spark.quarry.test.failure-rate", "0"));
        Dataset<Row> out = annotated.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> quotesOf(rows, failureRate),
                        Encoders.row(OUT_SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> quotes = out.filter(col("is_quote")).withColumn("run_id", lit(runId));
        Dataset<Row> failures = out.filter(col("is_quote").equalTo(false))
                .withColumn("stage", lit("annotate"))
                .withColumn("reason", lit("annotate_failed"))
                .withColumn("excerpt", lit(null).cast("string"))
                .withColumn("run_id", lit(runId))
                .withColumn("rejected_at", lit(runStart));
        long quoteCount = quotes.count();
        long failureCount = failures.count();
        progress.done(quoteCount + " quotes" + (failureCount > 0 ? ", " + failureCount + " article(s) failed" : "")
                + (otherLanguages.isEmpty() ? "" : ", not annotated (language): " + otherLanguages));
        return new Result(quotes, failures, quoteCount, failureCount, otherLanguages);
    }

    /**
     * Quote finding for one partition. For failure tests, {@code spark.quarry.test.failure-rate} makes a
     * task's first attempt fail at random, so that Spark's retries can be checked to lose and double nothing.
     */
    private static Iterator<Row> quotesOf(Iterator<Row> rows, double failureRate) {
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
                Timestamp published = r.getAs("published_at");
                String source = r.getAs("source");
                int year = r.getAs("year");
                int month = r.getAs("month");
                try {
                    for (Quote q : QuoteStage.quotes(r)) {
                        out.add(RowFactory.create(true, id, q.quoteId(), q.text(), q.start(), q.end(), q.type().code(),
                                q.cue(), q.cueStart(), q.cueEnd(), q.speakerMention(), q.speakerStart(), q.speakerEnd(),
                                q.speaker(), q.speakerEntityId(), q.speakerType() == null ? null : q.speakerType().name(),
                                q.confidence(), q.sentenceIndex(), published, source, year, month,
                                null, null, null));
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    out.add(RowFactory.create(false, id, null, null, null, null, null, null, null, null, null, null,
                            null, null, null, null, null, null, published, source, year, month,
                            r.getAs("source_file"), r.getAs("record_number"), "quote finding failed: " + e));
                }
            }
        };
    }
}
