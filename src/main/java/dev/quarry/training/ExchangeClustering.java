package dev.quarry.training;

import dev.quarry.nlp.StringTable;
import dev.quarry.nlp.WordClusters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Word classes that make running text most predictable from one word's class to the next: the
 * exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998), which optimises the same
 * class-bigram likelihood as Brown clustering, moving one word at a time to the class that raises it
 * most. Words that stand in the same places in sentences ("Mr. X said", "in X on") end up together,
 * which is what lets a tagger treat a name it never saw like the names it did.
 *
 * <p>Words seen fewer than {@code minCount} times share one pseudo-word, sentences are separated by
 * another; neither is given a class in the result. Words are visited most frequent first, starting
 * from classes dealt out by frequency rank, so the result is the same on every run.
 */
public final class ExchangeClustering {

    private static final String RARE = "\u0000rare";
    private static final String BOUNDARY = "\u0000boundary";

    private final String[] vocabulary;
    /** Successors of each word and how often each follows it (sparse rows, ids ascending). */
    private final int[][] nextIds;
    private final int[][] nextCounts;
    private final int[][] prevIds;
    private final int[][] prevCounts;
    private final int words;

    private ExchangeClustering(String[] vocabulary, int[][] nextIds, int[][] nextCounts,
                               int[][] prevIds, int[][] prevCounts, int words) {
        this.vocabulary = vocabulary;
        this.nextIds = nextIds;
        this.nextCounts = nextCounts;
        this.prevIds = prevIds;
        this.prevCounts = prevCounts;
        this.words = words;
    }

    /** Counts the bigrams of {@code sentences} (token arrays as the tagger will see them). */
    public static ExchangeClustering of(Iterable<String[]> sentences, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= minCount) {
                kept.add(e.getKey());
            }
        }
        // Most frequent first; ties by the word itself, so ids do not depend on hash order.
        kept.sort((a, b) -> {
            int c = Integer.compare(counts.get(b), counts.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        int words = kept.size();
        kept.add(RARE);
        kept.add(BOUNDARY);
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            ids.put(kept.get(i), i);
        }
        int n = kept.size();
        int rare = words;
        int boundary = words + 1;
        List<Map<Integer, Integer>> next = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            next.add(new HashMap<>(4));
        }
        for (String[] s : sentences) {
            int prev = boundary;
            for (String w : s) {
                int id = ids.getOrDefault(w, rare);
                next.get(prev).merge(id, 1, Integer::sum);
                prev = id;
            }
            next.get(prev).merge(boundary, 1, Integer::sum);
        }
        int[][] nextIds = new int[n][];
        int[][] nextCounts = new int[n][];
        List<Map<Integer, Integer>> prev = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            prev.add(new HashMap<>(4));
        }
        for (int u = 0; u < n; u++) {
            int[] keys = next.get(u).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            nextIds[u] = keys;
            nextCounts[u] = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                nextCounts[u][k] = next.get(u).get(keys[k]);
                prev.get(keys[k]).put(u, nextCounts[u][k]);
            }
            next.set(u, null);
        }
        int[][] prevIds = new int[n][];
        int[][] prevCounts = new int[n][];
        for (int v = 0; v < n; v++) {
            int[] keys = prev.get(v).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            prevIds[v] = keys;
            prevCounts[v] = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                prevCounts[v][k] = prev.get(v).get(keys[k]);
            }
        }
        return new ExchangeClustering(kept.toArray(String[]::new), nextIds, nextCounts, prevIds, prevCounts, words);
    }

    /** The number of words that will be given a class. */
    public int wordCount() {
        return words;
    }

    /** One clustering per granularity, each of {@code iterations} passes over the vocabulary. */
    public WordClusters cluster(int[] granularities, int iterations, Consumer<String> log) {
        int[] classes = new int[words * granularities.length];
        for (int g = 0; g < granularities.length && words > 0; g++) {
            int[] c = cluster(Math.min(granularities[g], words), iterations, log);
            for (int w = 0; w < words; w++) {
                classes[w * granularities.length + g] = c[w];
            }
        }
        return new WordClusters(new StringTable(Arrays.asList(vocabulary).subList(0, words)), granularities, classes);
    }

    private int[] cluster(int k, int iterations, Consumer<String> log) {
        int n = vocabulary.length;
        int[] cls = new int[n];
        for (int w = 0; w < n; w++) {
            cls[w] = w % k;
        }
        // The two pseudo-words keep classes of their own, outside the k that words are dealt into.
        cls[words] = k;
        cls[words + 1] = k + 1;
        int kk = k + 2;
        long[] pair = new long[kk * kk];
        long[] left = new long[kk];
        long[] right = new long[kk];
        for (int u = 0; u < n; u++) {
            for (int j = 0; j < nextIds[u].length; j++) {
                int v = nextIds[u][j];
                pair[cls[u] * kk + cls[v]] += nextCounts[u][j];
                left[cls[u]] += nextCounts[u][j];
                right[cls[v]] += nextCounts[u][j];
            }
        }
        long[] toClass = new long[kk];
        long[] fromClass = new long[kk];
        int[] touchedTo = new int[kk];
        int[] touchedFrom = new int[kk];
        for (int it = 0; it < iterations; it++) {
            int moved = 0;
            for (int w = 0; w < words; w++) {
                int a = cls[w];
                long self = 0;
                int nt = 0;
                int nf = 0;
                long outW = 0;
                long inW = 0;
                for (int j = 0; j < nextIds[w].length; j++) {
                    int v = nextIds[w][j];
                    outW += nextCounts[w][j];
                    if (v == w) {
                        self = nextCounts[w][j];
                        continue;
                    }
                    int d = cls[v];
                    if (toClass[d] == 0) {
                        touchedTo[nt++] = d;
                    }
                    toClass[d] += nextCounts[w][j];
                }
                for (int j = 0; j < prevIds[w].length; j++) {
                    int u = prevIds[w][j];
                    inW += prevCounts[w][j];
                    if (u == w) {
                        continue;
                    }
                    int c = cls[u];
                    if (fromClass[c] == 0) {
                        touchedFrom[nf++] = c;
                    }
                    fromClass[c] += prevCounts[w][j];
                }
                // Take w out of class a.
                for (int t = 0; t < nt; t++) {
                    pair[a * kk + touchedTo[t]] -= toClass[touchedTo[t]];
                }
                for (int t = 0; t < nf; t++) {
                    pair[touchedFrom[t] * kk + a] -= fromClass[touchedFrom[t]];
                }
                pair[a * kk + a] -= self;
                left[a] -= outW;
                right[a] -= inW;
                int best = a;
                double bestGain = Double.NEGATIVE_INFINITY;
                for (int b = 0; b < k; b++) {
                    double gain = 0;
                    long bb = self;
                    for (int t = 0; t < nt; t++) {
                        int d = touchedTo[t];
                        if (d == b) {
                            bb += toClass[d];
                            continue;
                        }
                        long x = pair[b * kk + d];
                        gain += xlogx(x + toClass[d]) - xlogx(x);
                    }
                    for (int t = 0; t < nf; t++) {
                        int c = touchedFrom[t];
                        if (c == b) {
                            bb += fromClass[c];
                            continue;
                        }
                        long x = pair[c * kk + b];
                        gain += xlogx(x + fromClass[c]) - xlogx(x);
                    }
                    long x = pair[b * kk + b];
                    gain += xlogx(x + bb) - xlogx(x);
                    gain -= xlogx(left[b] + outW) - xlogx(left[b]);
                    gain -= xlogx(right[b] + inW) - xlogx(right[b]);
                    if (gain > bestGain + 1e-9 || (b == a && gain >= bestGain - 1e-9)) {
                        bestGain = gain;
                        best = b;
                    }
                }
                // Put w into the best class.
                for (int t = 0; t < nt; t++) {
                    pair[best * kk + touchedTo[t]] += toClass[touchedTo[t]];
                }
                for (int t = 0; t < nf; t++) {
                    pair[touchedFrom[t] * kk + best] += fromClass[touchedFrom[t]];
                }
                pair[best * kk + best] += self;
                left[best] += outW;
                right[best] += inW;
                if (best != a) {
                    cls[w] = best;
                    moved++;
                }
                for (int t = 0; t < nt; t++) {
                    toClass[touchedTo[t]] = 0;
                }
                for (int t = 0; t < nf; t++) {
                    fromClass[touchedFrom[t]] = 0;
                }
            }
            if (log != null) {
                log.accept(String.format(java.util.Locale.ROOT, "word classes (%d): pass %d moved %d of %d words, log-likelihood %.6e",
                        k, it + 1, moved, words, logLikelihood(pair, left, right, kk)));
            }
            if (moved == 0) {
                break;
            }
        }
        return cls;
    }

    /** The class-bigram log-likelihood, up to a constant that does not depend on the classes. */
    static double logLikelihood(long[] pair, long[] left, long[] right, int kk) {
        double ll = 0;
        for (long x : pair) {
            ll += xlogx(x);
        }
        for (int c = 0; c < kk; c++) {
            ll -= xlogx(left[c]) + xlogx(right[c]);
        }
        return ll;
    }

    private static final int TABLE = 1 << 16;
    private static final double[] XLOGX = new double[TABLE];

    static {
        for (int i = 1; i < TABLE; i++) {
            XLOGX[i] = i * Math.log(i);
        }
    }

    private static double xlogx(long x) {
        return x < TABLE ? XLOGX[(int) x] : x * Math.log(x);
    }
}
