package dev.quarry.training;

import dev.quarry.eval.NerCorpus;
import dev.quarry.nlp.BilouLabels;
import dev.quarry.nlp.FeatureNerTagger;
import dev.quarry.nlp.LinearChainPerceptron;
import dev.quarry.nlp.NameGazetteer;
import dev.quarry.nlp.NerFeatures;
import dev.quarry.nlp.WordClusters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains a {@link FeatureNerTagger} from labelled documents, in plain Java.
 *
 * <p>Two things learned from the training data itself would look perfect on the very documents they
 * came from, and the tagger would learn to trust them too much: the gazetteer of training names and,
 * for the document stage, the first stage's labels. Both are therefore computed for each of
 * {@code folds} parts of the training documents from the other parts only (jackknifing), as they
 * will be on new text; the shipped gazetteer and first stage are then built from all documents.
 */
public final class NerTaggerTraining {

    /**
     * @param groups feature groups ({@link NerFeatures#GROUPS}); "document" adds the second stage
     * @param runs how many taggers, seeded {@code seed}, {@code seed + 1}, ..., are trained and averaged
     *             into the one returned ({@link FeatureNerTagger#average})
     */
    public record Options(Set<String> groups, int epochs, int minCount, int folds, long seed, int runs) {
        public Options {
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be at least 1, not " + runs);
            }
        }

        public Options(Set<String> groups, int epochs, int minCount, int folds, long seed) {
            this(groups, epochs, minCount, folds, seed, 1);
        }
    }

    /** A document as the tagger sees it: sentences of words, and their gold BIO labels. */
    public record Doc(List<String[]> words, List<String[]> labels) {
        public static Doc of(NerCorpus.Document d) {
            List<String[]> w = new ArrayList<>();
            List<String[]> l = new ArrayList<>();
            for (NerCorpus.Sentence s : d.sentences()) {
                w.add(s.tokens().stream().map(NerCorpus.Token::text).toArray(String[]::new));
                l.add(s.tokens().stream().map(NerCorpus.Token::label).toArray(String[]::new));
            }
            return new Doc(w, l);
        }
    }

    private final List<String> types;
    private final WordClusters clusters;
    private final Map<String, NameGazetteer> fixedGazetteers;
    private final Options options;
    private final Consumer<String> log;

    /**
     * @param clusters word classes, or null
     * @param fixedGazetteers lists not derived from the training documents (hand-written), by feature prefix
     */
    public NerTaggerTraining(List<String> types, WordClusters clusters, Map<String, NameGazetteer> fixedGazetteers,
                             Options options, Consumer<String> log) {
        this.types = List.copyOf(types);
        this.clusters = clusters;
        this.fixedGazetteers = new LinkedHashMap<>(fixedGazetteers);
        this.options = options;
        this.log = log;
    }

    /** The gazetteer prefix of names learned from the training documents. */
    public static final String TRAINING_GAZETTEER = "g";

    public FeatureNerTagger train(List<Doc> docs) {
        if (options.runs() == 1) {
            return trainOnce(docs, options.seed());
        }
        // The shuffle order moves a perceptron's scores by about as much as a feature group does
        // (testa 0.928 to 0.934 over three seeds); the mean of several runs is steadier and, on a slice of the training
        // articles, better than each of them (docs/MODEL_CARD.md).
        List<FeatureNerTagger> runs = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            long t = System.nanoTime();
            runs.add(trainOnce(docs, options.seed() + r));
            log.accept(String.format("NER run %d of %d: %.0f s", r + 1, options.runs(), (System.nanoTime() - t) / 1e9));
        }
        return FeatureNerTagger.average(runs);
    }

    private FeatureNerTagger trainOnce(List<Doc> docs, long seed) {
        boolean document = options.groups().contains("document");
        Set<String> local = new TreeSet<>(options.groups());
        local.remove("document");
        int folds = Math.max(2, options.folds());
        boolean gazetteer = options.groups().contains("gazetteer");
        // Each document's features, with the gazetteer of the other folds.
        List<NerFeatures> foldFeatures = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            foldFeatures.add(features(local, gazetteer ? gazetteer(docs, f, folds) : null));
        }
        BilouLabels scheme = new BilouLabels(types);
        PerceptronTrainer trainer = new PerceptronTrainer(scheme.labels(), scheme.allowed(), scheme.allowedLast());
        long t0 = System.nanoTime();
        List<PerceptronTrainer.Example> firstExamples = new ArrayList<>();
        List<Integer> exampleFold = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            Doc doc = docs.get(d);
            for (int s = 0; s < doc.words().size(); s++) {
                firstExamples.add(example(scheme, foldFeatures.get(d % folds).sentence(doc.words().get(s), null, null), doc.labels().get(s)));
                exampleFold.add(d % folds);
            }
        }
        LinearChainPerceptron stage1 = trainer.train(firstExamples, options.epochs(), options.minCount(), seed);
        log.accept(String.format("NER first stage: %d sentences, %d features kept, %.0f s",
                firstExamples.size(), stage1.featureCount(), (System.nanoTime() - t0) / 1e9));
        NerFeatures shipped = features(options.groups(), gazetteer ? gazetteer(docs, -1, folds) : null);
        if (!document) {
            return new FeatureNerTagger(types, shipped, stage1, null);
        }
        // The first stage's labels of each training document, from a first stage that did not see it.
        List<List<String[]>> firstLabels = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            firstLabels.add(null);
        }
        for (int f = 0; f < folds; f++) {
            long t1 = System.nanoTime();
            List<PerceptronTrainer.Example> others = new ArrayList<>();
            for (int i = 0; i < firstExamples.size(); i++) {
                if (exampleFold.get(i) != f) {
                    others.add(firstExamples.get(i));
                }
            }
            LinearChainPerceptron held = trainer.train(others, options.epochs(), options.minCount(), seed);
            FeatureNerTagger first = new FeatureNerTagger(types, foldFeatures.get(f), held, null);
            for (int d = f; d < docs.size(); d += folds) {
                firstLabels.set(d, first.firstStage(docs.get(d).words()));
            }
            log.accept(String.format("NER first stage without fold %d of %d: %.0f s", f + 1, folds, (System.nanoTime() - t1) / 1e9));
        }
        long t2 = System.nanoTime();
        List<PerceptronTrainer.Example> secondExamples = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            Doc doc = docs.get(d);
            NerFeatures f = foldFeatures.get(d % folds).withGroups(options.groups());
            NerFeatures.DocumentEvidence evidence = new NerFeatures.DocumentEvidence(doc.words(), firstLabels.get(d), types);
            for (int s = 0; s < doc.words().size(); s++) {
                secondExamples.add(example(scheme, f.sentence(doc.words().get(s), firstLabels.get(d).get(s), evidence), doc.labels().get(s)));
            }
        }
        LinearChainPerceptron stage2 = trainer.train(secondExamples, options.epochs(), options.minCount(), seed);
        log.accept(String.format("NER document stage: %d features kept, %.0f s", stage2.featureCount(), (System.nanoTime() - t2) / 1e9));
        return new FeatureNerTagger(types, shipped, stage1, stage2);
    }

    private NerFeatures features(Set<String> groups, NameGazetteer learned) {
        Map<String, NameGazetteer> g = new LinkedHashMap<>();
        if (learned != null) {
            g.put(TRAINING_GAZETTEER, learned);
        }
        g.putAll(fixedGazetteers);
        return new NerFeatures(groups, clusters, g);
    }

    private static PerceptronTrainer.Example example(BilouLabels scheme, String[][] features, String[] bio) {
        String[] bilou = scheme.fromBio(List.of(bio));
        int[] gold = new int[bilou.length];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = scheme.index(bilou[i]);
        }
        return new PerceptronTrainer.Example(features, gold);
    }

    /**
     * The entity phrases (up to {@link NameGazetteer#MAX_TOKENS} tokens) of every document outside
     * fold {@code fold} (all documents when {@code fold} is -1), with every type each was seen with.
     */
    NameGazetteer gazetteer(List<Doc> docs, int fold, int folds) {
        Map<String, Set<String>> phrases = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            if (fold >= 0 && d % folds == fold) {
                continue;
            }
            Doc doc = docs.get(d);
            for (int s = 0; s < doc.words().size(); s++) {
                String[] w = doc.words().get(s);
                String[] bilou = new BilouLabels(types).fromBio(List.of(doc.labels().get(s)));
                int start = -1;
                for (int i = 0; i < bilou.length; i++) {
                    char p = bilou[i].charAt(0);
                    if (p == 'B' || p == 'U') {
                        start = i;
                    }
                    if ((p == 'L' || p == 'U') && start >= 0 && i - start < NameGazetteer.MAX_TOKENS) {
                        String phrase = NameGazetteer.key(String.join(" ", java.util.Arrays.copyOfRange(w, start, i + 1)));
                        phrases.computeIfAbsent(phrase, k -> new TreeSet<>()).add(bilou[i].substring(2));
                    }
                }
            }
        }
        return new NameGazetteer(types, phrases);
    }
}
