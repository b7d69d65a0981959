package dev.quarry.eval;

import dev.quarry.annotate.ArticleStage;
import dev.quarry.session.Progress;
import dev.quarry.annotate.ModelPipeline;
import dev.quarry.quotes.Quote;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs annotate's pipeline and quote stage over BRAT gold texts and scores the quotes. */
public final class EvaluateQuotesJob {

    private EvaluateQuotesJob() {
    }

    private static String[] columns(dev.quarry.config.QuarryConfig config) {
        List<String> cols = new ArrayList<>(List.of("article_id", "text"));
        cols.addAll(ModelPipeline.javaInputColumns(config.models()));
        return cols.toArray(new String[0]);
    }

    public static QuoteScorer.Result run(SparkSession spark, Path goldDir, dev.quarry.config.QuarryConfig config, Progress progress)
            throws IOException {
        return run(spark, goldDir, config, null, null, progress);
    }

    /**
     * With {@code annotations} set, the pipeline's output is kept there as Parquet and reused by later
     * runs, so that rule changes in the quote stage are scored in seconds rather than re-annotating.
     * The cache is only valid for the same gold texts and models: delete it when either changes.
     */
    public static QuoteScorer.Result run(SparkSession spark, Path goldDir, dev.quarry.config.QuarryConfig config,
                                         Path annotations, Path predictionsOut, Progress progress) throws IOException {
        progress.start("evaluate", "reading gold from " + goldDir);
        List<BratGold.Article> gold = BratGold.load(goldDir);
        List<Row> rows = new ArrayList<>();
        for (BratGold.Article a : gold) {
            rows.add(RowFactory.create(a.articleId(), a.text()));
        }
        StructType schema = new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType);
        Dataset<Row> texts = spark.createDataFrame(rows, schema);
        Dataset<Row> annotated;
        if (annotations != null && Files.isDirectory(annotations)) {
            progress.start("evaluate", "reusing the annotations cached in " + annotations);
            annotated = spark.read().parquet(annotations.toString());
        } else {
            PipelineModel pipeline = ModelPipeline.annotatePipeline(spark, config.annotate().maxSentenceChars(), config.models(),
                    null, ModelPipeline.RUN_KINDS, progress::info);
            annotated = pipeline.transform(texts).selectExpr(columns(config));
            if (annotations != null) {
                annotated.write().parquet(annotations.toString());
                annotated = spark.read().parquet(annotations.toString());
            }
        }
        Map<String, List<Quote>> predictions = new HashMap<>();
        ArticleStage stage = ArticleStage.of(config);
        for (Row r : annotated.collectAsList()) {
            predictions.put(r.getAs("article_id"), stage.process(r).quotes());
        }
        if (predictionsOut != null) {
            writePredictions(predictionsOut, predictions);
        }
        QuoteScorer.Result result = QuoteScorer.score(gold, predictions);
        progress.done(gold.size() + " articles, " + result.all().gold() + " gold attributions, "
                + result.all().predicted() + " predicted");
        return result;
    }

    /** Every predicted quote, one a line in article and offset order, for reading beside the gold. */
    private static void writePredictions(Path out, Map<String, List<Quote>> predictions) throws IOException {
        StringBuilder b = new StringBuilder("article_id\tstart\tend\ttype\tcue\tspeaker_mention\tspeaker\ttext\tpieces\trule\n");
        predictions.keySet().stream().sorted().forEach(id -> {
            for (Quote q : predictions.get(id)) {
                b.append(id).append('\t').append(q.start()).append('\t').append(q.end()).append('\t').append(q.type())
                        .append('\t').append(oneLine(q.cue())).append('\t').append(oneLine(q.speakerMention()))
                        .append('\t').append(oneLine(q.speaker())).append('\t').append(oneLine(q.text())).append('\t')
                        .append(q.pieces().stream().map(p -> p.begin() + "-" + p.end()).collect(java.util.stream.Collectors.joining(";"))).append('\t').append(q.rule()).append('\n');
            }
        });
        Files.writeString(out, b);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }
}
