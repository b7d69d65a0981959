package dev.quarry.training;

import dev.quarry.nlp.LinearChainPerceptron;
import dev.quarry.nlp.StringTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link LinearChainPerceptron}: the structured perceptron (Collins 2002) with averaged
 * weights, sentences in a seeded random order each epoch, so the same data gives the same model.
 * Features seen fewer than {@code minCount} times are dropped before training; after training, so are
 * the features whose averaged weights all round to nothing, which keeps the saved model small.
 */
public final class PerceptronTrainer {

    /** One training sentence: each token's feature names and its gold label index. */
    public record Example(String[][] features, int[] gold) {
    }

    private final int labels;
    private final boolean[] allowed;
    private final boolean[] allowedLast;
    private final String[] labelNames;

    public PerceptronTrainer(String[] labelNames, boolean[] allowed, boolean[] allowedLast) {
        this.labelNames = labelNames.clone();
        this.labels = labelNames.length;
        this.allowed = allowed;
        this.allowedLast = allowedLast;
    }

    public LinearChainPerceptron train(List<Example> examples, int epochs, int minCount, long seed) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String[] token : e.features()) {
                for (String f : token) {
                    counts.merge(f, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Integer> c : new java.util.TreeMap<>(counts).entrySet()) {
            if (c.getValue() >= minCount) {
                ids.put(c.getKey(), names.size());
                names.add(c.getKey());
            }
        }
        counts = null;
        int[][][] data = new int[examples.size()][][];
        for (int s = 0; s < examples.size(); s++) {
            String[][] tokens = examples.get(s).features();
            data[s] = new int[tokens.length][];
            for (int t = 0; t < tokens.length; t++) {
                int[] row = new int[tokens[t].length];
                int n = 0;
                for (String f : tokens[t]) {
                    Integer id = ids.get(f);
                    if (id != null) {
                        row[n++] = id;
                    }
                }
                data[s][t] = java.util.Arrays.copyOf(row, n);
            }
        }
        ids = null;
        int n = labels;
        float[] w = new float[names.size() * n];
        double[] u = new double[w.length];
        float[] tw = new float[(n + 1) * n];
        double[] tu = new double[tw.length];
        long c = 1;
        Integer[] order = new Integer[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(java.util.Arrays.asList(order), random);
            for (int s : order) {
                int[][] x = data[s];
                int[] gold = examples.get(s).gold();
                int[] pred = LinearChainPerceptron.viterbi(x.length, n, LinearChainPerceptron.emissions(x, w, n), tw, allowed, allowedLast);
                for (int t = 0; t < x.length; t++) {
                    if (pred[t] != gold[t]) {
                        for (int f : x[t]) {
                            w[f * n + gold[t]] += 1;
                            u[f * n + gold[t]] += c;
                            w[f * n + pred[t]] -= 1;
                            u[f * n + pred[t]] -= c;
                        }
                    }
                    int gp = t == 0 ? n : gold[t - 1];
                    int pp = t == 0 ? n : pred[t - 1];
                    if (gp != pp || gold[t] != pred[t]) {
                        tw[gp * n + gold[t]] += 1;
                        tu[gp * n + gold[t]] += c;
                        tw[pp * n + pred[t]] -= 1;
                        tu[pp * n + pred[t]] -= c;
                    }
                }
                c++;
            }
        }
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = (float) (w[i] - u[i] / c);
        }
        float[] tavg = new float[tw.length];
        for (int i = 0; i < tw.length; i++) {
            tavg[i] = (float) (tw[i] - tu[i] / c);
        }
        return pruned(names, avg, tavg);
    }

    /** Drops features whose averaged weights are all below 0.01 in size: they change no decision that matters. */
    private LinearChainPerceptron pruned(List<String> names, float[] avg, float[] tavg) {
        int n = labels;
        List<String> kept = new ArrayList<>();
        float[] out = new float[avg.length];
        int k = 0;
        for (int f = 0; f < names.size(); f++) {
            boolean any = false;
            for (int l = 0; l < n && !any; l++) {
                any = Math.abs(avg[f * n + l]) >= 0.01f;
            }
            if (any) {
                System.arraycopy(avg, f * n, out, k * n, n);
                kept.add(names.get(f));
                k++;
            }
        }
        return new LinearChainPerceptron(labelNames, new StringTable(kept), java.util.Arrays.copyOf(out, k * n), tavg, allowed, allowedLast);
    }
}
