package dev.quarry.nlp;

import com.johnsnowlabs.nlp.annotators.common.IndexedTaggedWord;
import com.johnsnowlabs.nlp.annotators.common.IndexedToken;
import com.johnsnowlabs.nlp.annotators.common.TaggedSentence;
import com.johnsnowlabs.nlp.annotators.common.TokenizedSentence;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.AveragedPerceptron;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quarry's POS decoder against Spark NLP's own, tag for tag: random models full of ties, and the shipped model. */
class FastPerceptronModelTest {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'.][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    /** Sentences cut at . ! ? and tokenised by a regex: enough to exercise every feature. */
    static TokenizedSentence[] sentences(String text) {
        List<TokenizedSentence> out = new ArrayList<>();
        List<IndexedToken> current = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            current.add(IndexedToken.apply(m.group(), m.start(), m.end() - 1));
            if (m.group().matches("[.!?]")) {
                out.add(TokenizedSentence.apply(current.toArray(new IndexedToken[0]), out.size()));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(TokenizedSentence.apply(current.toArray(new IndexedToken[0]), out.size()));
        }
        return out.toArray(new TokenizedSentence[0]);
    }

    /** Asserts the two taggers give the same words, tags, offsets and metadata; returns the tokens compared. */
    private static int assertSameTags(AveragedPerceptron model, FastPerceptronModel fast, TokenizedSentence[] sentences) {
        TaggedSentence[] expected = new PerceptronModel().tag(model, sentences);
        TaggedSentence[] actual = fast.tag(model, sentences);
        assertEquals(expected.length, actual.length);
        int n = 0;
        for (int s = 0; s < expected.length; s++) {
            IndexedTaggedWord[] e = expected[s].indexedTaggedWords();
            IndexedTaggedWord[] a = actual[s].indexedTaggedWords();
            assertEquals(e.length, a.length);
            for (int i = 0; i < e.length; i++) {
                assertEquals(e[i], a[i], "sentence " + s + " token " + i + " (" + e[i].word() + ")");
                n++;
            }
        }
        return n;
    }

    private static <K, V> scala.collection.immutable.Map<K, V> scalaMap(Map<K, V> map) {
        scala.collection.immutable.Map<K, V> out = scala.collection.immutable.Map$.MODULE$.empty();
        for (Map.Entry<K, V> e : map.entrySet()) {
            out = out.$plus(new scala.Tuple2<>(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * A model over a small vocabulary whose features are the ones the tagger asks for, with weights
     * drawn from a few round values, so that exact ties (decided by tag name) are common.
     */
    private static AveragedPerceptron randomModel(Random r, List<String> vocabulary) {
        String[] tags = {"NN", "NNP", "VB", "VBD", "DT", "JJ", "IN", ",", ".", "CD", "-NONE-"};
        Map<String, String> book = new HashMap<>();
        book.put("the", "DT");
        book.put("of", "IN");
        Map<String, Map<String, Object>> weights = new HashMap<>();
        List<String> keys = new ArrayList<>(List.of("bias"));
        for (String w : vocabulary) {
            String lower = w.toLowerCase();
            String suffix = w.length() <= 3 ? w : w.substring(w.length() - 3);
            keys.add("i suffix " + suffix);
            keys.add("i pref1 " + w.charAt(0));
            keys.add("i word " + lower);
            keys.add("i-1 word " + lower);
            keys.add("i+1 word " + lower);
            keys.add("i-2 word " + lower);
            keys.add("i+2 word " + lower);
            keys.add("i-1 suffix " + (lower.length() <= 3 ? lower : lower.substring(lower.length() - 3)));
            for (String t : tags) {
                keys.add("i-1 tag+i word " + t + " " + lower);
            }
        }
        for (String t : tags) {
            keys.add("i-1 tag " + t);
            keys.add("i-2 tag " + t);
            for (String t2 : tags) {
                keys.add("i tag+i-2 tag " + t + " " + t2);
            }
        }
        keys.add("i-1 tag -START-");
        keys.add("i word !YEAR");
        keys.add("i word !HYPEN");
        keys.add("i+1 word -END-");
        double[] values = {-1.0, -0.5, 0.5, 1.0, 2.0, 0.25};
        for (String k : keys) {
            if (r.nextDouble() < 0.6) {
                Map<String, Object> byTag = new HashMap<>();
                for (String t : tags) {
                    if (r.nextDouble() < 0.3) {
                        byTag.put(t, r.nextDouble() < 0.8 ? values[r.nextInt(values.length)] : r.nextGaussian());
                    }
                }
                weights.put(k, byTag);
            }
        }
        Map<String, scala.collection.immutable.Map<String, Object>> scalaWeights = new HashMap<>();
        weights.forEach((k, v) -> scalaWeights.put(k, scalaMap(v)));
        return new AveragedPerceptron(tags, scalaMap(book), scalaMap(scalaWeights));
    }

    @Test
    void randomModelsWithManyTiesTagAsSparkNlp() {
        List<String> vocabulary = List.of("The", "the", "vote", "Vote", "of", "1987", "12", "3.5", "well-known", "-hyphen", "a",
                "Ana", "Petrova", "said", "says", ",", ".", "runs", "running", "é", "Zürich", "x");
        Random r = new Random(7);
        int tokens = 0;
        for (int model = 0; model < 20; model++) {
            AveragedPerceptron m = randomModel(r, vocabulary);
            FastPerceptronModel fast = new FastPerceptronModel("pos-test-" + model);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 400; w++) {
                text.append(vocabulary.get(r.nextInt(vocabulary.size()))).append(r.nextInt(12) == 0 ? " . " : " ");
            }
            tokens += assertSameTags(m, fast, sentences(text.toString()));
        }
        assertTrue(tokens > 5000, "tokens compared: " + tokens);
    }

    @Test
    void theShippedModelTagsTheSampleArchiveAsSparkNlp() throws Exception {
        SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
        PerceptronModel shipped = (PerceptronModel) PipelineModel.load(Path.of("models/pos").toAbsolutePath().toString()).stages()[0];
        FastPerceptronModel fast = new FastPerceptronModel(shipped);
        int tokens = 0;
        for (String line : Files.readAllLines(Path.of("samples/articles.jsonl"))) {
            Matcher text = Pattern.compile("\"maintext\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
            if (text.find()) {
                tokens += assertSameTags(shipped.getModel(), fast, sentences(text.group(1).replace("\\n", "\n").replace("\\\"", "\"")));
            }
        }
        assertTrue(tokens > 1000, "tokens compared: " + tokens);
        assertTrue(fast.nearTies() < tokens / 100, "near ties left to Spark NLP: " + fast.nearTies());
    }

    /**
     * The same on a whole corpus of .txt files, when one is named: {@code mvn test
     * -Dtest=FastPerceptronModelTest -Dquarry.pos.corpus=../shared/corpora/polnear/dev/text} (the
     * shared corpora are not the project's, so CI runs only the sample archive).
     */
    @Test
    void aNamedCorpusIsTaggedAsSparkNlp() throws Exception {
        String corpus = System.getProperty("quarry.pos.corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null && !corpus.isBlank(), "no -Dquarry.pos.corpus");
        SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
        PerceptronModel shipped = (PerceptronModel) PipelineModel.load(Path.of("models/pos").toAbsolutePath().toString()).stages()[0];
        FastPerceptronModel fast = new FastPerceptronModel(shipped);
        int tokens = 0;
        List<Path> files;
        try (var s = Files.walk(Path.of(corpus))) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            tokens += assertSameTags(shipped.getModel(), fast, sentences(Files.readString(f)));
        }
        System.out.println("FastPerceptronModel: " + tokens + " tokens in " + files.size() + " files tagged as Spark NLP; "
                + fast.nearTies() + " near ties left to Spark NLP's code");
        assertTrue(tokens > 0);
    }
}
