package dev.quarry.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Word classes learned from unlabeled news: k-means over word vectors, at several granularities
 * (coarse classes group "Tuesday" with "Friday", fine ones tell surnames from cities). A tagger uses a
 * word's classes as features, so a name it never saw in training behaves like the names it did see
 * that occur in the same contexts. Words are looked up as written, then lower-cased, then capitalised.
 */
public final class WordClusters implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StringTable words;
    private final int[] granularities;
    /** Class of word w at granularity g at {@code w * granularities.length + g}. */
    private final int[] classes;

    public WordClusters(StringTable words, int[] granularities, int[] classes) {
        if (classes.length != words.size() * granularities.length) {
            throw new IllegalArgumentException("classes do not fit " + words.size() + " words at " + granularities.length + " granularities");
        }
        this.words = words;
        this.granularities = granularities.clone();
        this.classes = classes;
    }

    /** The number of classes at each granularity. */
    public int[] granularities() {
        return granularities.clone();
    }

    public int wordCount() {
        return words.size();
    }

    /** The word's class at each granularity, or null for a word without a vector. */
    public int[] of(String word) {
        int id = words.id(word);
        if (id < 0) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            id = words.id(lower);
            if (id < 0 && !lower.isEmpty()) {
                id = words.id(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
            }
        }
        if (id < 0) {
            return null;
        }
        int g = granularities.length;
        return java.util.Arrays.copyOfRange(classes, id * g, id * g + g);
    }

    /** Whether this exact form (case included) has a vector. */
    public boolean has(String word) {
        return words.id(word) >= 0;
    }

    public void warmUp() {
        words.warmUp();
    }

    /**
     * One set of classes that holds all of {@code parts}' granularities, in order, over the union of
     * their words; a word that one part does not know has class -1 there. The granularities must differ,
     * since features are named by them.
     */
    public static WordClusters concat(List<WordClusters> parts) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        List<Integer> g = new ArrayList<>();
        for (WordClusters p : parts) {
            for (int i = 0; i < p.words.size(); i++) {
                all.add(p.words.get(i));
            }
            for (int x : p.granularities) {
                if (g.contains(x)) {
                    throw new IllegalArgumentException("two word class sets at granularity " + x);
                }
                g.add(x);
            }
        }
        List<String> names = new ArrayList<>(all);
        int[] classes = new int[names.size() * g.size()];
        java.util.Arrays.fill(classes, -1);
        int offset = 0;
        for (WordClusters p : parts) {
            int pg = p.granularities.length;
            for (int w = 0; w < names.size(); w++) {
                int id = p.words.id(names.get(w));
                if (id >= 0) {
                    System.arraycopy(p.classes, id * pg, classes, w * g.size() + offset, pg);
                }
            }
            offset += pg;
        }
        return new WordClusters(new StringTable(names), g.stream().mapToInt(Integer::intValue).toArray(), classes);
    }

    /**
     * Classes by spherical k-means (cosine) over {@code vectors}, one clustering per granularity, each
     * started by k-means++ from a seeded random source, so the result is the same on every run.
     */
    public static WordClusters kMeans(Map<String, float[]> vectors, int[] granularities, int iterations, long seed) {
        List<String> names = new ArrayList<>(new java.util.TreeMap<>(vectors).keySet());
        int n = names.size();
        if (n == 0) {
            throw new IllegalArgumentException("no word vectors to cluster");
        }
        int dim = vectors.get(names.get(0)).length;
        float[] x = new float[n * dim];
        for (int i = 0; i < n; i++) {
            float[] v = vectors.get(names.get(i));
            double norm = 0;
            for (float f : v) {
                norm += f * f;
            }
            float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
            for (int d = 0; d < dim; d++) {
                x[i * dim + d] = v[d] * inv;
            }
        }
        int[] classes = new int[n * granularities.length];
        for (int g = 0; g < granularities.length; g++) {
            int[] assign = cluster(x, n, dim, Math.min(granularities[g], n), iterations, new Random(seed + g));
            for (int i = 0; i < n; i++) {
                classes[i * granularities.length + g] = assign[i];
            }
        }
        return new WordClusters(new StringTable(names), granularities, classes);
    }

    private static int[] cluster(float[] x, int n, int dim, int k, int iterations, Random random) {
        float[] centres = new float[k * dim];
        // k-means++: each new centre drawn with probability proportional to its distance from the chosen ones.
        float[] nearest = new float[n];
        java.util.Arrays.fill(nearest, Float.MAX_VALUE);
        int first = random.nextInt(n);
        System.arraycopy(x, first * dim, centres, 0, dim);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                float d = 1 - dot(x, i * dim, centres, (c - 1) * dim, dim);
                if (d < nearest[i]) {
                    nearest[i] = Math.max(d, 0);
                }
                total += nearest[i];
            }
            double r = random.nextDouble() * total;
            int pick = n - 1;
            for (int i = 0; i < n; i++) {
                r -= nearest[i];
                if (r <= 0) {
                    pick = i;
                    break;
                }
            }
            System.arraycopy(x, pick * dim, centres, c * dim, dim);
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                float bestDot = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    float d = dot(x, i * dim, centres, c * dim, dim);
                    if (d > bestDot) {
                        bestDot = d;
                        best = c;
                    }
                }
                if (assign[i] != best || it == 0) {
                    changed |= assign[i] != best;
                    assign[i] = best;
                }
            }
            if (!changed && it > 0) {
                break;
            }
            java.util.Arrays.fill(centres, 0);
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < dim; d++) {
                    centres[assign[i] * dim + d] += x[i * dim + d];
                }
            }
            for (int c = 0; c < k; c++) {
                double norm = 0;
                for (int d = 0; d < dim; d++) {
                    norm += centres[c * dim + d] * centres[c * dim + d];
                }
                if (norm == 0) {
                    // An empty class takes a random word, so that every class stays in use.
                    System.arraycopy(x, random.nextInt(n) * dim, centres, c * dim, dim);
                    continue;
                }
                float inv = (float) (1 / Math.sqrt(norm));
                for (int d = 0; d < dim; d++) {
                    centres[c * dim + d] *= inv;
                }
            }
        }
        return assign;
    }

    private static float dot(float[] a, int ai, float[] b, int bi, int dim) {
        float s = 0;
        for (int d = 0; d < dim; d++) {
            s += a[ai + d] * b[bi + d];
        }
        return s;
    }
}
