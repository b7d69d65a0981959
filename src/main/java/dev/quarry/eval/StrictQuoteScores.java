package dev.quarry.eval;

import dev.quarry.quotes.Quote;
import dev.quarry.text.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The strict quote figures, as an outside scorer reading the {@code quotes} table computes them: each
 * prediction is its character range {@code [start, end)} as written in the table (no widening over
 * quotation marks), gold is the union of its content pieces, and one matching, one to one, greedy best
 * first at IoU >= 0.5, serves every figure. Every prediction left unmatched is a false positive, also
 * a quoted one that overlaps a gold another prediction took (the lenient DIRECT precision forgives
 * that).
 *
 * <ul>
 *   <li>DIRECT: recall over DIRECT gold (content holding or wrapped by a quotation mark), precision
 *       over the predictions that hold or are wrapped by a quotation mark;</li>
 *   <li>ALL: every gold attribution against every prediction.</li>
 * </ul>
 */
public final class StrictQuoteScores {

    private int directGold;
    private int directGoldMatched;
    private int directPred;
    private int directPredMatched;
    private int allGold;
    private int allPred;
    private int allMatched;

    /**
     * Adds one article.
     *
     * @param kinds each gold attribution's kind, as the lenient scoring worked it out
     */
    void add(String text, List<BratGold.Attribution> gold, List<QuoteScorer.Kind> kinds, List<Quote> predictions) {
        List<BitSet> goldSets = new ArrayList<>();
        for (BratGold.Attribution g : gold) {
            goldSets.add(QuoteScorer.chars(g.content()));
        }
        List<BitSet> predSets = new ArrayList<>();
        for (Quote q : predictions) {
            BitSet range = new BitSet();
            if (q.end() > q.start()) {
                range.set(q.start(), q.end());
            }
            predSets.add(range);
        }
        int[] match = QuoteScorer.match(goldSets, predSets);
        boolean[] predMatched = new boolean[predictions.size()];
        for (int g = 0; g < gold.size(); g++) {
            boolean direct = kinds.get(g) != QuoteScorer.Kind.INDIRECT;
            directGold += direct ? 1 : 0;
            if (match[g] >= 0) {
                predMatched[match[g]] = true;
                allMatched++;
                directGoldMatched += direct ? 1 : 0;
            }
        }
        for (int p = 0; p < predictions.size(); p++) {
            if (QuoteScorer.containsOrWrapped(text, List.of(new Span(predictions.get(p).start(), predictions.get(p).end())))) {
                directPred++;
                directPredMatched += predMatched[p] ? 1 : 0;
            }
        }
        allGold += gold.size();
        allPred += predictions.size();
    }

    public QuoteScorer.Prf direct() {
        return new QuoteScorer.Prf(directGoldMatched, directGold, directPredMatched, directPred, directPred - directPredMatched);
    }

    public QuoteScorer.Prf all() {
        return new QuoteScorer.Prf(allMatched, allGold, allMatched, allPred, allPred - allMatched);
    }

    String summary() {
        QuoteScorer.Prf d = direct();
        QuoteScorer.Prf a = all();
        return String.format(Locale.ROOT, "strict (one matching, one to one; predicted range [start, end) as in the table; every unmatched prediction false):%n")
                + String.format(Locale.ROOT, "DIRECT  P %.3f  R %.3f  F1 %.3f   (gold %d, matched %d; quote-mark predictions %d, false %d)%n",
                d.precision(), d.recall(), d.f1(), d.gold(), d.truePositivesGold(), d.predicted(), d.falsePositives())
                + String.format(Locale.ROOT, "ALL     P %.3f  R %.3f  F1 %.3f   (gold %d, predicted %d, matched %d)%n",
                a.precision(), a.recall(), a.f1(), a.gold(), a.predicted(), a.truePositivesGold());
    }
}
