package dev.quarry.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Quote figures per rule (the {@code rule} each quote records), over the ALL matching: how many quotes a
 * rule made, how many of them match a gold attribution (its precision), its share of all gold (its part
 * of recall; the shares sum to ALL recall), and how often its speaker mention is the gold source.
 */
public final class RuleTally {

    /** Counts of one rule. */
    public record Figures(int predicted, int matched, int speakerPairs, int speakerCorrect) {
        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double speakerAccuracy() {
            return speakerPairs == 0 ? 0 : (double) speakerCorrect / speakerPairs;
        }
    }

    private final Map<String, int[]> counts = new TreeMap<>();

    /** A predicted quote of {@code rule}. */
    void predicted(String rule) {
        counts(rule)[0]++;
    }

    /** A predicted quote of {@code rule} matched a gold attribution; {@code speakerOk} is null when the gold has no source. */
    void matched(String rule, Boolean speakerOk) {
        int[] c = counts(rule);
        c[1]++;
        if (speakerOk != null) {
            c[2]++;
            c[3] += speakerOk ? 1 : 0;
        }
    }

    private int[] counts(String rule) {
        return counts.computeIfAbsent(rule == null ? "(none)" : rule, r -> new int[4]);
    }

    public Map<String, Figures> figures() {
        Map<String, Figures> out = new TreeMap<>();
        counts.forEach((rule, c) -> out.put(rule, new Figures(c[0], c[1], c[2], c[3])));
        return out;
    }

    /** The per-rule table, most predictions first, with each rule's share of {@code gold}. */
    String table(int gold) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-26s %9s %8s %9s %12s %9s%n",
                "per rule (ALL)", "predicted", "matched", "precision", "recall share", "speaker"));
        figures().entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue().predicted(), x.getValue().predicted()))
                .forEach(e -> {
                    Figures f = e.getValue();
                    b.append(String.format(Locale.ROOT, "  %-24s %9d %8d %9.3f %12.3f %9s%n", e.getKey(), f.predicted(), f.matched(),
                            f.precision(), gold == 0 ? 0 : (double) f.matched() / gold,
                            f.speakerPairs() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", f.speakerAccuracy())));
                });
        return b.toString();
    }
}
