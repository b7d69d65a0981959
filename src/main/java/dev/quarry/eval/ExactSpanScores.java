package dev.quarry.eval;

import dev.quarry.quotes.Quote;
import dev.quarry.text.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Exact-match figures of content, source and cue spans, the metric attribution papers report, each
 * two ways: strict character offsets, and loose, where every piece is first trimmed of surrounding
 * whitespace, quotation marks and final punctuation ({@code "We won,"} and {@code We won} are equal).
 *
 * <ul>
 *   <li>Content, over all attributions: a prediction (the union of its pieces) and a gold attribution
 *       (the union of its content pieces) match when their characters are the same; one to one.
 *       Precision over all predictions, recall over all gold.</li>
 *   <li>Source and cue, over the matched attributions (the ALL matching): precision over the pairs
 *       whose prediction has the span, recall over the pairs whose gold has it.</li>
 * </ul>
 */
public final class ExactSpanScores {

    /** Quotation marks trimmed in the loose variant: the double marks and the single ones. */
    static final String LOOSE_MARKS = QuoteScorer.MARKS + "'\u2018\u2019\u201A\u201B\u2039\u203A";
    static final String FINAL_PUNCTUATION = ".,;:!?";

    /** Counts of one span kind: [exact, predicted, gold] per variant (0 strict, 1 loose). */
    private static final class Counts {
        final int[][] c = new int[2][3];

        QuoteScorer.Prf prf(int variant) {
            int[] v = c[variant];
            return new QuoteScorer.Prf(v[0], v[2], v[0], v[1], v[1] - v[0]);
        }
    }

    private final Counts content = new Counts();
    private final Counts source = new Counts();
    private final Counts cue = new Counts();

    /**
     * Adds one article.
     *
     * @param matchOfGold for each gold attribution, the index of its prediction in the ALL matching, or -1
     */
    void add(String text, List<BratGold.Attribution> gold, List<Quote> predictions, int[] matchOfGold) {
        for (int variant = 0; variant < 2; variant++) {
            boolean loose = variant == 1;
            List<BitSet> goldContent = new ArrayList<>();
            for (BratGold.Attribution g : gold) {
                goldContent.add(set(text, g.content(), loose));
            }
            List<BitSet> predContent = new ArrayList<>();
            for (Quote q : predictions) {
                predContent.add(set(text, q.pieces(), loose));
            }
            content.c[variant][0] += equalPairs(goldContent, predContent);
            content.c[variant][1] += predictions.size();
            content.c[variant][2] += gold.size();
            for (int g = 0; g < gold.size(); g++) {
                int p = matchOfGold[g];
                if (p < 0) {
                    continue;
                }
                Quote q = predictions.get(p);
                tally(source.c[variant], set(text, gold.get(g).source(), loose), set(text, span(q.speakerStart(), q.speakerEnd()), loose));
                tally(cue.c[variant], set(text, gold.get(g).cue(), loose), set(text, span(q.cueStart(), q.cueEnd()), loose));
            }
        }
    }

    private static List<Span> span(Integer begin, Integer end) {
        return begin == null || end == null ? List.of() : List.of(new Span(begin, end));
    }

    private static void tally(int[] counts, BitSet gold, BitSet predicted) {
        counts[1] += predicted.isEmpty() ? 0 : 1;
        counts[2] += gold.isEmpty() ? 0 : 1;
        counts[0] += !gold.isEmpty() && gold.equals(predicted) ? 1 : 0;
    }

    /** Pairs of equal, non-empty sets, each gold and each prediction used once. */
    static int equalPairs(List<BitSet> gold, List<BitSet> predicted) {
        boolean[] used = new boolean[predicted.size()];
        int n = 0;
        for (BitSet g : gold) {
            if (g.isEmpty()) {
                continue;
            }
            for (int p = 0; p < predicted.size(); p++) {
                if (!used[p] && g.equals(predicted.get(p))) {
                    used[p] = true;
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** The characters of the pieces; in the loose variant each piece trimmed first. */
    static BitSet set(String text, List<Span> pieces, boolean loose) {
        BitSet set = new BitSet();
        for (Span piece : pieces) {
            Span s = loose ? trimmed(text, piece) : piece;
            if (s.end() > s.begin()) {
                set.set(s.begin(), s.end());
            }
        }
        return set;
    }

    /**
     * A piece without surrounding whitespace and quotation marks, nor punctuation at its end; a piece
     * of nothing else is kept whole.
     */
    static Span trimmed(String text, Span piece) {
        int b = Math.max(0, piece.begin());
        int e = Math.min(text.length(), piece.end());
        boolean changed = true;
        while (changed && e > b) {
            changed = false;
            char first = text.charAt(b);
            if (Character.isWhitespace(first) || LOOSE_MARKS.indexOf(first) >= 0) {
                b++;
                changed = true;
                continue;
            }
            char last = text.charAt(e - 1);
            if (Character.isWhitespace(last) || LOOSE_MARKS.indexOf(last) >= 0 || FINAL_PUNCTUATION.indexOf(last) >= 0) {
                e--;
                changed = true;
            }
        }
        // A piece that is all punctuation (a colon as the cue) stays as it is rather than vanish.
        return e > b ? new Span(b, e) : piece;
    }

    String summary() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "exact spans                    %-28s %s%n",
                "strict offsets", "ignoring space, marks, final punctuation"));
        row(b, "content (all attributions)", content);
        row(b, "source (matched pairs)", source);
        row(b, "cue (matched pairs)", cue);
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "  %-28s", name));
        for (int v = 0; v < 2; v++) {
            QuoteScorer.Prf f = c.prf(v);
            b.append(String.format(Locale.ROOT, " P %.3f R %.3f F1 %.3f (%d)  ", f.precision(), f.recall(), f.f1(), f.truePositivesGold()));
        }
        b.append('\n');
    }

    public QuoteScorer.Prf content(boolean loose) {
        return content.prf(loose ? 1 : 0);
    }

    public QuoteScorer.Prf source(boolean loose) {
        return source.prf(loose ? 1 : 0);
    }

    public QuoteScorer.Prf cue(boolean loose) {
        return cue.prf(loose ? 1 : 0);
    }
}
