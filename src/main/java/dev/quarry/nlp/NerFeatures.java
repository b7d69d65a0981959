package dev.quarry.nlp;

import dev.quarry.text.Lexicon;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The features of each token for {@link FeatureNerTagger}, by group, so that a group can be switched
 * off to measure what it contributes (the ablation in {@code models/MODEL_CARD.md}):
 * <ul>
 *   <li>{@code words}: the word and its neighbours within two, lower-cased; the word as written; bigrams;</li>
 *   <li>{@code shape}: word shapes in a window of two, prefixes and suffixes up to six letters,
 *       capitalisation in context (sentence start, an all-capitals headline line), digits and hyphens;</li>
 *   <li>{@code clusters}: the {@link WordClusters} classes of the word and its neighbours;</li>
 *   <li>{@code gazetteer}: {@link NameGazetteer} matches covering the word;</li>
 *   <li>{@code document}: for the second stage, what the first stage said about the same word
 *       elsewhere in the article, and about this word and its neighbours.</li>
 * </ul>
 */
public final class NerFeatures implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> GROUPS = List.of("words", "shape", "clusters", "gazetteer", "document");

    private final java.util.Set<String> groups;
    private final WordClusters clusters;
    private final Map<String, NameGazetteer> gazetteers;

    /**
     * @param groups the feature groups to compute (a subset of {@link #GROUPS})
     * @param clusters word classes, or null
     * @param gazetteers gazetteers by feature prefix (a gazetteer learned from training data and a
     *                   hand-written list are different evidence)
     */
    public NerFeatures(java.util.Set<String> groups, WordClusters clusters, Map<String, NameGazetteer> gazetteers) {
        for (String g : groups) {
            if (!GROUPS.contains(g)) {
                throw new IllegalArgumentException("unknown NER feature group '" + g + "'; known: " + GROUPS);
            }
        }
        // Mutable collections: Kryo, which Spark NLP saves models with, cannot rebuild immutable ones.
        this.groups = new java.util.TreeSet<>(groups);
        this.clusters = clusters;
        this.gazetteers = new java.util.LinkedHashMap<>(gazetteers);
    }

    public boolean uses(String group) {
        return groups.contains(group);
    }

    /** The same resources with one group more or less. */
    public NerFeatures withGroups(java.util.Set<String> groups) {
        return new NerFeatures(groups, clusters, gazetteers);
    }

    public WordClusters clusters() {
        return clusters;
    }

    public Map<String, NameGazetteer> gazetteers() {
        return java.util.Collections.unmodifiableMap(gazetteers);
    }

    public void warmUp() {
        if (clusters != null) {
            clusters.warmUp();
        }
        gazetteers.values().forEach(NameGazetteer::warmUp);
    }

    /**
     * What a first stage said about each word of an article: how often each capitalised word was
     * inside an entity of each type and how often outside.
     */
    public static final class DocumentEvidence {
        private final Map<String, int[]> counts = new HashMap<>();
        private final List<String> types;

        /** @param stage1 the first stage's BIO labels of every sentence of the article */
        public DocumentEvidence(List<String[]> words, List<String[]> stage1, List<String> types) {
            this.types = types;
            for (int s = 0; s < words.size(); s++) {
                for (int i = 0; i < words.get(s).length; i++) {
                    String w = Lexicon.withoutPossessive(words.get(s)[i]);
                    if (capitalised(w)) {
                        counts.computeIfAbsent(w, k -> new int[types.size() + 1])[slot(stage1.get(s)[i])]++;
                    }
                }
            }
        }

        private int slot(String label) {
            return label.equals("O") ? types.size() : types.indexOf(label.substring(2));
        }

        /** The commonest first-stage type ("O" for outside) of {@code word}'s other uses, or null. */
        String elsewhere(String word, String ownLabel) {
            int[] c = counts.get(word);
            if (c == null) {
                return null;
            }
            int own = slot(ownLabel);
            int best = -1;
            int bestCount = 0;
            for (int t = 0; t < c.length; t++) {
                int n = c[t] - (t == own ? 1 : 0);
                if (n > bestCount) {
                    bestCount = n;
                    best = t;
                }
            }
            return best < 0 ? null : best == types.size() ? "O" : types.get(best);
        }
    }

    /**
     * Feature names of each token of one sentence. A possessive left on a word by the tokenizer
     * ("Putin’s") is taken off before any lookup, as the training corpora split it off ("Putin 's"),
     * and becomes a feature of its own.
     *
     * @param stage1 the first stage's BIO labels of this sentence, or null in the first stage
     * @param document the first stage's evidence over the article, or null in the first stage
     */
    public String[][] sentence(String[] tokens, String[] stage1, DocumentEvidence document) {
        int n = tokens.length;
        String[] words = new String[n];
        boolean[] possessive = new boolean[n];
        for (int i = 0; i < n; i++) {
            words[i] = Lexicon.withoutPossessive(tokens[i]);
            possessive[i] = words[i].length() < tokens[i].length();
        }
        String[] lower = new String[n];
        String[] shape = new String[n];
        int[][] classes = new int[n][];
        boolean headline = headline(words);
        for (int i = 0; i < n; i++) {
            lower[i] = digitsFolded(words[i].toLowerCase(Locale.ROOT));
            shape[i] = shape(words[i]);
            classes[i] = clusters != null && uses("clusters") ? clusters.of(words[i]) : null;
        }
        List<List<List<String>>> gaz = new ArrayList<>();
        List<String> gazPrefixes = new ArrayList<>();
        if (uses("gazetteer")) {
            for (Map.Entry<String, NameGazetteer> g : gazetteers.entrySet()) {
                gaz.add(g.getValue().matches(words));
                gazPrefixes.add(g.getKey());
            }
        }
        String[][] out = new String[n][];
        List<String> f = new ArrayList<>(64);
        for (int i = 0; i < n; i++) {
            f.clear();
            f.add("bias");
            String w = words[i];
            boolean cap = capitalised(w);
            if (uses("words")) {
                f.add("w=" + lower[i]);
                f.add("W=" + w);
                window(f, "w", lower, i);
            }
            if (uses("shape")) {
                f.add("s=" + shape[i]);
                if (possessive[i]) {
                    f.add("poss");
                }
                window(f, "s", shape, i);
                f.add("s-1ss+1=" + at(shape, i - 1) + "|" + shape[i] + "|" + at(shape, i + 1));
                String lw = w.toLowerCase(Locale.ROOT);
                for (int k = 1; k <= 6 && k <= lw.length(); k++) {
                    f.add("p" + k + "=" + lw.substring(0, k));
                    f.add("x" + k + "=" + lw.substring(lw.length() - k));
                }
                if (i == 0) {
                    f.add(cap ? "start-cap" : "start");
                }
                if (headline) {
                    f.add("headline");
                    f.add("headline-w=" + lower[i]);
                }
                if (w.indexOf('-') > 0) {
                    f.add("hyphen");
                }
                if (cap && i > 0 && !headline) {
                    f.add("cap-mid");
                }
                f.add("len=" + Math.min(w.length(), 6));
            }
            if (clusters != null && uses("clusters")) {
                int[] g = clusters.granularities();
                for (int k = 0; k < g.length; k++) {
                    f.add("c" + g[k] + "=" + cls(classes, i, k));
                    f.add("c" + g[k] + "-1=" + cls(classes, i - 1, k));
                    f.add("c" + g[k] + "+1=" + cls(classes, i + 1, k));
                }
                f.add("c-1cc+1=" + cls(classes, i - 1, 0) + "|" + cls(classes, i, 0) + "|" + cls(classes, i + 1, 0));
                f.add("cS=" + cls(classes, i, g.length - 1) + "|" + shape[i]);
                // A capitalised word that unlabeled news also writes in lower case is often a common
                // word at a sentence start or in a headline, not a name.
                if (cap && w.length() > 1) {
                    String lw = w.toLowerCase(Locale.ROOT);
                    f.add(clusters.has(lw) ? (clusters.has(w) ? "case=both" : "case=lower") : clusters.has(w) ? "case=cap" : "case=none");
                }
            }
            for (int k = 0; k < gaz.size(); k++) {
                String p = gazPrefixes.get(k);
                for (String m : gaz.get(k).get(i)) {
                    f.add(p + "=" + m);
                    f.add(p + "=" + m + (cap ? "|C" : "|l"));
                }
                for (String m : gazAt(gaz.get(k), i - 1)) {
                    f.add(p + "-1=" + m);
                }
                for (String m : gazAt(gaz.get(k), i + 1)) {
                    f.add(p + "+1=" + m);
                }
            }
            if (stage1 != null && uses("document")) {
                f.add("s1=" + stage1[i]);
                f.add("s1-1=" + at(stage1, i - 1));
                f.add("s1+1=" + at(stage1, i + 1));
                String other = document == null ? null : document.elsewhere(w, stage1[i]);
                if (other != null) {
                    f.add("doc=" + other);
                    f.add("doc=" + other + "|s1=" + typeOf(stage1[i]));
                }
            }
            out[i] = f.toArray(String[]::new);
        }
        return out;
    }

    /** "w-2=", "w-1=", "w+1=", "w+2=" and the two bigrams with the token ("w-1w=", "ww+1="), for prefix "w". */
    private static void window(List<String> f, String prefix, String[] values, int i) {
        for (int d = -2; d <= 2; d++) {
            if (d != 0) {
                f.add(prefix + (d > 0 ? "+" : "") + d + "=" + at(values, i + d));
            }
        }
        f.add(prefix + "-1" + prefix + "=" + at(values, i - 1) + "|" + values[i]);
        f.add(prefix + prefix + "+1=" + values[i] + "|" + at(values, i + 1));
    }

    private static String typeOf(String bio) {
        return bio.length() > 2 ? bio.substring(2) : "O";
    }

    private static List<String> gazAt(List<List<String>> m, int i) {
        return i < 0 || i >= m.size() ? List.of() : m.get(i);
    }

    private static String cls(int[][] classes, int i, int k) {
        if (i < 0) {
            return "<s>";
        }
        if (i >= classes.length) {
            return "</s>";
        }
        return classes[i] == null ? "?" : Integer.toString(classes[i][k]);
    }

    private static String at(String[] a, int i) {
        return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
    }

    static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** A headline line: three or more letters-bearing tokens, none with a lower-case letter. */
    static boolean headline(String[] words) {
        int letters = 0;
        for (String w : words) {
            boolean any = false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                any |= Character.isLetter(c);
            }
            letters += any ? 1 : 0;
        }
        return letters >= 3;
    }

    /** Digits as 0, so that "1996" and "1997" are one word. */
    static String digitsFolded(String w) {
        boolean any = false;
        for (int i = 0; i < w.length() && !any; i++) {
            any = Character.isDigit(w.charAt(i));
        }
        if (!any) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(Character.isDigit(c) ? '0' : c);
        }
        return b.toString();
    }

    /** "McDonald" -> "XxXx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d": character classes, runs collapsed. */
    static String shape(String w) {
        return shape(w, Integer.MAX_VALUE);
    }

    /** As {@link #shape(String)}, cut at {@code maxLength} classes. */
    public static String shape(String w, int maxLength) {
        StringBuilder b = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < w.length() && b.length() < maxLength; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }
}
