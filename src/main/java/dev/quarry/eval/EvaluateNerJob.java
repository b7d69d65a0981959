package dev.quarry.eval;

import com.johnsnowlabs.nlp.training.CoNLL;
import dev.quarry.annotate.ModelPipeline;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the model stages on the tokens of a CoNLL file (so tokens match the gold one for one), then the
 * same per-document consistency pass annotate applies, writes the {@code token gold pred} file that
 * conlleval reads, and scores it.
 */
public final class EvaluateNerJob {

    /** Column holding the gold label annotations in a CoNLL dataset. */
    public static final String LABEL_COL = "label";

    private EvaluateNerJob() {
    }

    /** Spark NLP's CoNLL reader, one row per sentence; POS from column 2, label from column 4. */
    public static Dataset<Row> readConll(SparkSession spark, Path file) {
        // All 12 arguments: Scala defaults do not exist from Java. The delimiter must be " ".
        CoNLL conll = new CoNLL("document", "sentence", "token", "pos", 3, 1, "doc_id", "text", LABEL_COL, true, " ", false);
        return conll.readDataset(spark, file.toAbsolutePath().toString(), "TEXT", 4, StorageLevel.MEMORY_AND_DISK()).toDF();
    }

    /**
     * @param stages the model stages as {@link ModelPipeline#load} wires them
     * @param out    where to write "token gold pred" lines; null to skip
     */
    public static ConllEval.Result run(SparkSession spark, List<Transformer> stages, Path conllFile, Path out) throws IOException {
        List<List<String>> tokens = new ArrayList<>();
        List<List<String>> gold = new ArrayList<>();
        List<List<String>> raw = new ArrayList<>();
        if (!stages.isEmpty() && stages.get(stages.size() - 1) instanceof dev.quarry.nlp.FeatureNerModel ner) {
            tagDocuments(ner.tagger(), conllFile, tokens, gold, raw);
        } else {
            tagSentences(stages, readConll(spark, conllFile), tokens, gold, raw);
        }
        List<List<String>> predicted = consistent(conllFile, tokens, raw);
        if (out != null) {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (int s = 0; s < tokens.size(); s++) {
                    for (int i = 0; i < tokens.get(s).size(); i++) {
                        w.write(tokens.get(s).get(i) + " " + gold.get(s).get(i) + " " + predicted.get(s).get(i) + "\n");
                    }
                    w.write("\n");
                }
            }
        }
        return ConllEval.score(gold, predicted);
    }

    /**
     * Quarry's tagger reads an article's sentences together (its document stage), as annotate gives
     * them; Spark NLP's CoNLL reader gives a row per sentence, so each -DOCSTART- document is tagged
     * here whole, by the same tagger code.
     */
    private static void tagDocuments(dev.quarry.nlp.FeatureNerTagger tagger, Path conllFile, List<List<String>> tokens,
                                     List<List<String>> gold, List<List<String>> predicted) throws IOException {
        for (NerCorpus.Document d : NerCorpus.readConll2003(conllFile)) {
            List<String[]> words = new ArrayList<>();
            for (NerCorpus.Sentence s : d.sentences()) {
                words.add(s.tokens().stream().map(NerCorpus.Token::text).toArray(String[]::new));
                tokens.add(s.tokens().stream().map(NerCorpus.Token::text).toList());
                gold.add(s.tokens().stream().map(NerCorpus.Token::label).toList());
            }
            for (String[] labels : tagger.tag(words)) {
                predicted.add(List.of(labels));
            }
        }
    }

    private static void tagSentences(List<Transformer> stages, Dataset<Row> conll, List<List<String>> tokens,
                                     List<List<String>> gold, List<List<String>> raw) {
        // The gold POS column would collide with the tagger's output: inference must use predicted POS.
        Dataset<Row> df = conll.drop(ModelPipeline.POS_COL);
        for (Transformer t : stages) {
            df = t.transform(df);
        }
        List<Row> rows = df.select("token", LABEL_COL, ModelPipeline.NER_COL).collectAsList();
        for (Row r : rows) {
            List<String> t = results(r.getList(0));
            List<String> g = results(r.getList(1));
            List<String> p = results(r.getList(2));
            if (g.size() != t.size() || p.size() != t.size()) {
                throw new IllegalStateException("a sentence of " + t.size() + " tokens came back with "
                        + g.size() + " gold and " + p.size() + " predicted labels");
            }
            tokens.add(t);
            gold.add(g);
            raw.add(p);
        }
    }

    /** The per-document consistency pass annotate applies, over the file's -DOCSTART- documents. */
    private static List<List<String>> consistent(Path conllFile, List<List<String>> tokens, List<List<String>> predicted)
            throws IOException {
        List<dev.quarry.eval.NerCorpus.Document> docs = dev.quarry.eval.NerCorpus.readConll2003(conllFile);
        int sentences = docs.stream().mapToInt(d -> d.sentences().size()).sum();
        if (sentences != predicted.size()) {
            throw new IllegalStateException(conllFile + " holds " + sentences + " sentences but the pipeline returned "
                    + predicted.size() + "; cannot align documents");
        }
        List<List<String>> out = new ArrayList<>(predicted.size());
        int k = 0;
        for (var d : docs) {
            int n = d.sentences().size();
            out.addAll(dev.quarry.annotate.NerConsistency.apply(tokens.subList(k, k + n), predicted.subList(k, k + n)));
            k += n;
        }
        return out;
    }

    private static List<String> results(List<Row> annotations) {
        List<String> out = new ArrayList<>(annotations.size());
        for (Row a : annotations) {
            out.add(a.getAs("result"));
        }
        return out;
    }
}
