package dev.quarry.nlp;

import java.io.Serializable;

/**
 * A first-order linear-chain tagger with perceptron weights: each token's label scores are the sums of
 * its features' weights, plus a weight for each pair of neighbouring labels, decoded exactly with
 * Viterbi. Label pairs that the label scheme forbids ({@link #allowed}) are never chosen, so a
 * decoded sequence is always well formed. The weights are trained elsewhere (averaged perceptron, in
 * the training room) and only read here.
 */
public final class LinearChainPerceptron implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] labels;
    private final StringTable features;
    /** Weight of feature f for label l at {@code f * labels + l}. */
    private final float[] weights;
    /** Weight of label l after label p at {@code p * labels + l}; row {@code labels} is the sentence start. */
    private final float[] transitions;
    /** Whether label l may follow p, as {@link #transitions} is laid out; row {@code labels} is the start. */
    private final boolean[] allowed;
    /** Whether a sentence may end on label l. */
    private final boolean[] allowedLast;

    public LinearChainPerceptron(String[] labels, StringTable features, float[] weights, float[] transitions,
                                 boolean[] allowed, boolean[] allowedLast) {
        int n = labels.length;
        if (weights.length != features.size() * n || transitions.length != (n + 1) * n
                || allowed.length != (n + 1) * n || allowedLast.length != n) {
            throw new IllegalArgumentException("weights, transitions or constraints do not fit " + n + " labels and "
                    + features.size() + " features");
        }
        this.labels = labels;
        this.features = features;
        this.weights = weights;
        this.transitions = transitions;
        this.allowed = allowed;
        this.allowedLast = allowedLast;
    }

    /**
     * The mean of several models over the same labels (trained on the same data with different
     * shuffles): each feature's weights averaged over all of them, a feature a model pruned counting
     * as zero there, and the transitions averaged. Averaging lowers the variance that the shuffle
     * order gives a perceptron.
     */
    public static LinearChainPerceptron average(java.util.List<LinearChainPerceptron> models) {
        LinearChainPerceptron first = models.get(0);
        int n = first.labels.length;
        java.util.Map<String, float[]> sums = new java.util.LinkedHashMap<>();
        float[] transitions = new float[first.transitions.length];
        for (LinearChainPerceptron m : models) {
            if (!java.util.Arrays.equals(m.labels, first.labels) || !java.util.Arrays.equals(m.allowed, first.allowed)
                    || !java.util.Arrays.equals(m.allowedLast, first.allowedLast)) {
                throw new IllegalArgumentException("models to average must share their labels and constraints");
            }
            for (int f = 0; f < m.features.size(); f++) {
                float[] sum = sums.computeIfAbsent(m.features.get(f), k -> new float[n]);
                for (int l = 0; l < n; l++) {
                    sum[l] += m.weights[f * n + l];
                }
            }
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] += m.transitions[i];
            }
        }
        float k = models.size();
        java.util.List<String> names = new java.util.ArrayList<>(sums.keySet());
        float[] weights = new float[names.size() * n];
        for (int f = 0; f < names.size(); f++) {
            float[] sum = sums.get(names.get(f));
            for (int l = 0; l < n; l++) {
                weights[f * n + l] = sum[l] / k;
            }
        }
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] /= k;
        }
        return new LinearChainPerceptron(first.labels.clone(), new StringTable(names), weights, transitions,
                first.allowed.clone(), first.allowedLast.clone());
    }

    /** The weight of {@code feature} for label {@code label}; 0 for a feature the model does not hold. */
    float weight(String feature, int label) {
        int id = features.id(feature);
        return id < 0 ? 0 : weights[id * labels.length + label];
    }

    public String[] labels() {
        return labels.clone();
    }

    public int featureCount() {
        return features.size();
    }

    /** The ids of the known features among {@code names}; unknown ones are left out. */
    public int[] ids(String[] names) {
        int[] out = new int[names.length];
        int n = 0;
        for (String name : names) {
            int id = features.id(name);
            if (id >= 0) {
                out[n++] = id;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Builds this JVM's feature lookup table now rather than at the first sentence. */
    public void warmUp() {
        features.warmUp();
    }

    /** The best label sequence for a sentence given each token's feature ids. */
    public int[] decode(int[][] tokenFeatures) {
        return viterbi(tokenFeatures.length, labels.length, emissions(tokenFeatures, weights, labels.length),
                transitions, allowed, allowedLast);
    }

    /** Each token's label scores: the sum of its features' weights. */
    public static float[] emissions(int[][] tokenFeatures, float[] weights, int n) {
        float[] out = new float[tokenFeatures.length * n];
        for (int t = 0; t < tokenFeatures.length; t++) {
            int row = t * n;
            for (int f : tokenFeatures[t]) {
                int w = f * n;
                for (int l = 0; l < n; l++) {
                    out[row + l] += weights[w + l];
                }
            }
        }
        return out;
    }

    /** Exact best path over {@code length} tokens of {@code n} labels; shared by decoding and training. */
    public static int[] viterbi(int length, int n, float[] emissions, float[] transitions, boolean[] allowed, boolean[] allowedLast) {
        int[] path = new int[length];
        if (length == 0) {
            return path;
        }
        float[] score = new float[n];
        float[] next = new float[n];
        int[] back = new int[length * n];
        for (int l = 0; l < n; l++) {
            score[l] = allowed[n * n + l] ? transitions[n * n + l] + emissions[l] : Float.NEGATIVE_INFINITY;
        }
        for (int t = 1; t < length; t++) {
            for (int l = 0; l < n; l++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < n; p++) {
                    if (allowed[p * n + l]) {
                        float s = score[p] + transitions[p * n + l];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                next[l] = best + emissions[t * n + l];
                back[t * n + l] = arg;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int l = 0; l < n; l++) {
            if (allowedLast[l] && score[l] > best) {
                best = score[l];
                arg = l;
            }
        }
        path[length - 1] = arg;
        for (int t = length - 1; t > 0; t--) {
            path[t - 1] = back[t * n + path[t]];
        }
        return path;
    }
}
