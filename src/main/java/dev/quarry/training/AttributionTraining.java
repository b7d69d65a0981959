package dev.quarry.training;

import dev.quarry.annotate.AnnotationRows;
import dev.quarry.annotate.BasePipeline;
import dev.quarry.annotate.ModelPipeline;
import dev.quarry.config.QuarryConfig;
import dev.quarry.entities.EntityGrouper;
import dev.quarry.entities.EntityMention;
import dev.quarry.eval.BratGold;
import dev.quarry.eval.QuoteScorer;
import dev.quarry.nlp.LinearChainPerceptron;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteFinder;
import dev.quarry.quotes.QuoteLexicons;
import dev.quarry.quotes.QuoteRules;
import dev.quarry.quotes.model.AttributionFeatures;
import dev.quarry.quotes.model.AttributionLabels;
import dev.quarry.quotes.model.AttributionTagger;
import dev.quarry.quotes.model.ModelPrecedence;
import dev.quarry.quotes.speakers.SpeakerResolver;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.Token;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the attribution tagger from annotated PolNeAR articles: each sentence's tokens labelled with
 * the gold cue, source and content ({@link AttributionLabels}), the features as the tagger computes
 * them over the rules' own quotes, so that the model learns from what the rules get right and wrong.
 */
public final class AttributionTraining {

    /** One annotated article with its rule quotes and its gold attributions. */
    public record Document(AnnotatedArticle article, List<Quote> ruleQuotes, List<BratGold.Attribution> gold) {
    }

    /** Perceptron features seen fewer times than this in training are left out of the model. */
    static final int MIN_FEATURE_COUNT = 2;
    private static final long SEED = 7;

    /**
     * Annotates the gold articles with the POS and NER models in {@code modelsDir} (as {@code run} does) and
     * finds the rules' quotes in them: what the tagger is trained on and measured against.
     */
    public static Run prepare(SparkSession spark, Path goldDir, Path modelsDir, int maxSentenceChars, List<String> quoteRules)
            throws IOException {
        List<BratGold.Article> gold = BratGold.load(goldDir);
        Map<String, BratGold.Article> byId = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (BratGold.Article a : gold) {
            byId.put(a.articleId(), a);
            rows.add(RowFactory.create(a.articleId(), a.text()));
        }
        StructType schema = new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType);
        QuarryConfig.Models models = new QuarryConfig.Models(true, modelsDir.toString(), Map.of());
        Dataset<Row> annotated = ModelPipeline.annotatePipeline(spark, maxSentenceChars, models, null, ModelPipeline.RUN_KINDS, line -> { })
                .transform(spark.createDataFrame(rows, schema));
        QuoteLexicons lexicons = QuoteLexicons.load();
        QuoteRules configured = QuoteRules.named(quoteRules, lexicons);
        QuoteFinder rules = new QuoteFinder(configured);
        EntityGrouper grouper = new EntityGrouper();
        List<Prepared> docs = new ArrayList<>();
        for (Row r : annotated.collectAsList()) {
            String id = r.getAs("article_id");
            AnnotatedArticle a = AnnotationRows.toArticle(id, r.getAs("text"), r.getList(r.fieldIndex(BasePipeline.SENTENCE_COL)),
                    r.getList(r.fieldIndex(BasePipeline.TOKEN_COL)), r.getList(r.fieldIndex(ModelPipeline.POS_COL)));
            List<EntityMention> entities = grouper.group(a, AnnotationRows.mentions(a, r.getList(r.fieldIndex(ModelPipeline.NER_COL))));
            docs.add(new Prepared(new Document(a, rules.findByRules(a), byId.get(id).attributions()), entities, byId.get(id)));
        }
        docs.sort(Comparator.comparing(d -> d.document().article().articleId()));
        return new Run(new AttributionTraining(new AttributionFeatures(lexicons)), configured, docs);
    }

    /** An article ready for training and for scoring: its document, its entities and its gold. */
    record Prepared(Document document, List<EntityMention> entities, BratGold.Article gold) {
    }

    /** The prepared articles, to measure the tagger on by cross-validation and to train it on. */
    public record Run(AttributionTraining training, QuoteRules rules, List<Prepared> docs) {

        public int size() {
            return docs.size();
        }

        public LinearChainPerceptron train(int epochs) {
            return training.train(docs.stream().map(Prepared::document).toList(), epochs, MIN_FEATURE_COUNT, SEED);
        }

        /**
         * Scores the rules alone and the rules with the tagger ({@link ModelPrecedence}) on each fold of
         * articles (every k-th), the tagger trained on the other folds, speakers resolved as run resolves
         * them: the measurement that set the precedence.
         */
        public CrossValidation crossValidate(int folds, int epochs) {
            SpeakerResolver resolver = new SpeakerResolver();
            // Both finders finish the rules' quotes as run does (the tagger's beside them, then CueBoundaries), so
            // the cross-validated figures are those of the shipped stage.
            QuoteFinder alone = new QuoteFinder(rules);
            Map<String, List<Quote>> rulesOnly = new HashMap<>();
            Map<String, List<Quote>> withTagger = new HashMap<>();
            for (int f = 0; f < folds; f++) {
                List<Document> train = new ArrayList<>();
                for (int i = 0; i < docs.size(); i++) {
                    if (i % folds != f) {
                        train.add(docs.get(i).document());
                    }
                }
                AttributionTagger tagger = new AttributionTagger(training.train(train, epochs, MIN_FEATURE_COUNT, SEED), training.features);
                QuoteFinder beside = new QuoteFinder(rules, tagger);
                for (int i = f; i < docs.size(); i += folds) {
                    Prepared p = docs.get(i);
                    AnnotatedArticle a = p.document().article();
                    List<Quote> byRules = p.document().ruleQuotes();
                    rulesOnly.put(a.articleId(), resolver.resolve(a, alone.complete(a, byRules), p.entities()));
                    withTagger.put(a.articleId(), resolver.resolve(a, beside.complete(a, byRules), p.entities()));
                }
            }
            List<BratGold.Article> gold = docs.stream().map(Prepared::gold).toList();
            return new CrossValidation(folds, QuoteScorer.score(gold, rulesOnly), QuoteScorer.score(gold, withTagger));
        }
    }

    /** The cross-validated figures of the rules alone and with the tagger. */
    public record CrossValidation(int folds, QuoteScorer.Result rules, QuoteScorer.Result withTagger) {

        public Map<String, String> scores() {
            Map<String, String> out = new LinkedHashMap<>();
            out.put(folds + "-fold CV on PolNeAR train, ALL F1 (IoU 0.5), rules / rules + tagger",
                    f(rules.all().f1()) + " / " + f(withTagger.all().f1()));
            out.put("strict ALL F1, rules / rules + tagger", f(rules.strict().all().f1()) + " / " + f(withTagger.strict().all().f1()));
            out.put("DIRECT F1, rules / rules + tagger", f(rules.direct().f1()) + " / " + f(withTagger.direct().f1()));
            out.put("exact source F1 (matched pairs), rules / rules + tagger",
                    f(rules.exactSpans().source(false).f1()) + " / " + f(withTagger.exactSpans().source(false).f1()));
            out.put("exact cue F1 (matched pairs), rules / rules + tagger",
                    f(rules.exactSpans().cue(false).f1()) + " / " + f(withTagger.exactSpans().cue(false).f1()));
            out.put("exact content F1, rules / rules + tagger",
                    f(rules.exactSpans().content(false).f1()) + " / " + f(withTagger.exactSpans().content(false).f1()));
            out.put("speaker accuracy, rules / rules + tagger", f(rules.speakerAccuracy()) + " (" + rules.speakerCorrect() + ") / "
                    + f(withTagger.speakerAccuracy()) + " (" + withTagger.speakerCorrect() + ")");
            return out;
        }

        public String report() {
            return "rules alone:\n" + rules.summary() + "\nrules with the tagger:\n" + withTagger.summary();
        }

        private static String f(double x) {
            return String.format(Locale.ROOT, "%.3f", x);
        }
    }

    final AttributionFeatures features;

    public AttributionTraining(AttributionFeatures features) {
        this.features = features;
    }

    public LinearChainPerceptron train(List<Document> documents, int epochs, int minCount, long seed) {
        List<PerceptronTrainer.Example> examples = new ArrayList<>();
        for (Document d : documents) {
            examples.addAll(examples(d));
        }
        return new PerceptronTrainer(AttributionLabels.NAMES, AttributionLabels.allowed(), AttributionLabels.allowedLast())
                .train(examples, epochs, minCount, seed);
    }

    /** One example a sentence: its features and the gold labels. */
    List<PerceptronTrainer.Example> examples(Document d) {
        int[] gold = goldLabels(d.article(), d.gold());
        List<PerceptronTrainer.Example> out = new ArrayList<>();
        for (AttributionFeatures.SentenceFeatures s : features.of(d.article(), d.ruleQuotes())) {
            int[] labels = new int[s.tokens().size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = gold[s.tokens().get(i).index()];
            }
            out.add(new PerceptronTrainer.Example(s.features(), labels));
        }
        return out;
    }

    /**
     * Each token's gold label. Longer attributions are laid down first, so a nested attribution's cue
     * and source break the content around them; a chunk begins at a sentence start, where the part
     * changes, or where another attribution's part starts.
     */
    static int[] goldLabels(AnnotatedArticle article, List<BratGold.Attribution> gold) {
        List<Token> tokens = article.tokens();
        String[] part = new String[tokens.size()];
        int[] owner = new int[tokens.size()];
        java.util.Arrays.fill(owner, -1);
        List<BratGold.Attribution> ordered = new ArrayList<>(gold);
        ordered.sort(Comparator.comparingInt((BratGold.Attribution a) -> length(a.content())).reversed());
        for (int k = 0; k < ordered.size(); k++) {
            BratGold.Attribution a = ordered.get(k);
            lay(article, part, owner, a.content(), "CON", k);
            lay(article, part, owner, a.source(), "SRC", k);
            lay(article, part, owner, a.cue(), "CUE", k);
        }
        int[] labels = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (part[i] == null) {
                continue;
            }
            boolean begin = i == 0 || tokens.get(i - 1).sentenceIndex() != tokens.get(i).sentenceIndex()
                    || !part[i].equals(part[i - 1]) || owner[i] != owner[i - 1];
            labels[i] = AttributionLabels.label(part[i], begin);
        }
        return labels;
    }

    private static void lay(AnnotatedArticle article, String[] part, int[] owner, List<Span> spans, String what, int k) {
        for (Span s : spans) {
            for (Token t : article.tokensIn(s.begin(), s.end())) {
                part[t.index()] = what;
                owner[t.index()] = k;
            }
        }
    }

    private static int length(List<Span> spans) {
        int n = 0;
        for (Span s : spans) {
            n += s.length();
        }
        return n;
    }
}
