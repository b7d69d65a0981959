package dev.quarry.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Quarry's named-entity tagger: a linear-chain perceptron over rich local features ({@link NerFeatures}:
 * words, shapes, affixes, word classes learned from unlabeled news, gazetteers), then, optionally, a
 * second perceptron over the same features plus what the first said about the same words elsewhere
 * in the article (document-level consistency, learned rather than written as rules). Pure Java, one
 * article at a time; Spark wraps it in {@link FeatureNerModel}.
 */
public final class FeatureNerTagger implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> types;
    private final NerFeatures features;
    private final LinearChainPerceptron stage1;
    private final LinearChainPerceptron stage2;

    /** @param stage2 the document-level stage, or null for the first stage alone */
    public FeatureNerTagger(List<String> types, NerFeatures features, LinearChainPerceptron stage1, LinearChainPerceptron stage2) {
        this.types = new ArrayList<>(types); // Kryo cannot rebuild an immutable list
        this.features = features;
        this.stage1 = stage1;
        this.stage2 = stage2;
    }

    public List<String> types() {
        return types;
    }

    public NerFeatures features() {
        return features;
    }

    /**
     * Several taggers trained on the same data with the same features and different seeds, as one:
     * each stage's weights averaged ({@link LinearChainPerceptron#average}).
     */
    public static FeatureNerTagger average(List<FeatureNerTagger> taggers) {
        FeatureNerTagger first = taggers.get(0);
        List<LinearChainPerceptron> s1 = new java.util.ArrayList<>();
        List<LinearChainPerceptron> s2 = new java.util.ArrayList<>();
        for (FeatureNerTagger t : taggers) {
            if (!t.types.equals(first.types) || (t.stage2 == null) != (first.stage2 == null)) {
                throw new IllegalArgumentException("taggers to average must share their types and stages");
            }
            s1.add(t.stage1);
            s2.add(t.stage2);
        }
        return new FeatureNerTagger(first.types, first.features, LinearChainPerceptron.average(s1),
                first.stage2 == null ? null : LinearChainPerceptron.average(s2));
    }

    public boolean hasDocumentStage() {
        return stage2 != null;
    }

    public int featureCount() {
        return stage1.featureCount() + (stage2 == null ? 0 : stage2.featureCount());
    }

    public void warmUp() {
        features.warmUp();
        stage1.warmUp();
        if (stage2 != null) {
            stage2.warmUp();
        }
    }

    /**
     * BIO labels for every sentence of one article.
     */
    public List<String[]> tag(List<String[]> sentences) {
        List<String[]> first = firstStage(sentences);
        return stage2 == null ? first : secondStage(sentences, first);
    }

    /** The first stage's BIO labels. */
    public List<String[]> firstStage(List<String[]> sentences) {
        BilouLabels scheme = new BilouLabels(types);
        NerFeatures local = features.uses("document") ? features.withGroups(withoutDocument()) : features;
        List<String[]> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[][] f = local.sentence(sentences.get(s), null, null);
            out.add(scheme.toBio(stage1.decode(ids(stage1, f))));
        }
        return out;
    }

    private List<String[]> secondStage(List<String[]> sentences, List<String[]> first) {
        BilouLabels scheme = new BilouLabels(types);
        NerFeatures.DocumentEvidence evidence = new NerFeatures.DocumentEvidence(sentences, first, types);
        List<String[]> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[][] f = features.sentence(sentences.get(s), first.get(s), evidence);
            out.add(scheme.toBio(stage2.decode(ids(stage2, f))));
        }
        return out;
    }

    private java.util.Set<String> withoutDocument() {
        java.util.Set<String> g = new java.util.HashSet<>();
        for (String name : NerFeatures.GROUPS) {
            if (features.uses(name) && !name.equals("document")) {
                g.add(name);
            }
        }
        return g;
    }

    private static int[][] ids(LinearChainPerceptron model, String[][] f) {
        int[][] out = new int[f.length][];
        for (int i = 0; i < f.length; i++) {
            out[i] = model.ids(f[i]);
        }
        return out;
    }
}
