package dev.quarry.eval;

import dev.quarry.text.Span;
import dev.quarry.quotes.Quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted quotes against BRAT attribution gold.
 *
 * <ul>
 *   <li>A prediction matches a gold attribution when their character sets overlap with
 *       intersection over union of at least 0.5; the gold set is the union of its content pieces,
 *       the predicted set the union of the quote's pieces (as gold marks split quotes), each
 *       widened over the quotation marks (and the comma or full stop inside them) that wrap it,
 *       as gold content includes them.
 *       Matching is one-to-one, greedy, best first.</li>
 *   <li>DIRECT: gold whose content contains, or is directly wrapped by, a quotation mark. Recall is
 *       over DIRECT gold (matched against all predictions); for precision, a prediction that holds
 *       or is wrapped by a quotation mark is a false positive only when it matches no gold at all.</li>
 *   <li>ALL: every gold attribution against every prediction.</li>
 *   <li>Speaker accuracy: over matched ALL pairs whose gold has a Source, the share whose predicted
 *       speaker mention overlaps that Source; also for gold Sources that are personal pronouns.</li>
 *   <li>Per rule ({@link RuleTally}): the ALL figures split by the rule that made each prediction.</li>
 *   <li>Resolved speaker ({@link SpeakerNameTally}), when the gold carries speaker notes: whether the
 *       {@code speaker} column names the noted speaker.</li>
 *   <li>Beside these lenient figures: the strict ones an outside scorer computes from the table
 *       ({@link StrictQuoteScores}), and exact-match figures of content, source and cue
 *       ({@link ExactSpanScores}).</li>
 * </ul>
 */
public final class QuoteScorer {

    static final String MARKS = "\"\u201C\u201D\u00AB\u00BB\u201E\u201F";
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you");
    public static final double MIN_IOU = 0.5;

    /** Kinds of gold attribution, for per-kind recall. */
    public enum Kind { FULLY_QUOTED, MIXED, INDIRECT }

    /** Precision, recall and F1 with their counts. */
    public record Prf(int truePositivesGold, int gold, int truePositivesPred, int predicted, int falsePositives) {
        public double recall() {
            return gold == 0 ? 0 : (double) truePositivesGold / gold;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) (predicted - falsePositives) / predicted;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** All the figures of one scoring run, plus the per-article error listing. */
    public record Result(Prf direct, Prf all, int speakerPairs, int speakerCorrect, int pronounPairs, int pronounCorrect,
                         Map<Kind, int[]> recallByKind, int exactMatches, int matchedPairs, RuleTally byRule, SpeakerNameTally names,
                         StrictQuoteScores strict, ExactSpanScores exactSpans, String errors) {
        public double speakerAccuracy() {
            return speakerPairs == 0 ? 0 : (double) speakerCorrect / speakerPairs;
        }

        public double pronounSpeakerAccuracy() {
            return pronounPairs == 0 ? 0 : (double) pronounCorrect / pronounPairs;
        }

        public double exactMatchRate() {
            return matchedPairs == 0 ? 0 : (double) exactMatches / matchedPairs;
        }

        public String summary() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "DIRECT  P %.3f  R %.3f  F1 %.3f   (gold %d, matched %d; quote-mark predictions %d, false %d)%n",
                    direct.precision(), direct.recall(), direct.f1(), direct.gold(), direct.truePositivesGold(),
                    direct.predicted(), direct.falsePositives()));
            b.append(String.format(Locale.ROOT, "ALL     P %.3f  R %.3f  F1 %.3f   (gold %d, predicted %d, matched %d)%n",
                    all.precision(), all.recall(), all.f1(), all.gold(), all.predicted(), all.truePositivesGold()));
            b.append(String.format(Locale.ROOT, "speaker accuracy %.3f (%d/%d matched pairs with a gold source); pronoun sources %.3f (%d/%d)%n",
                    speakerAccuracy(), speakerCorrect, speakerPairs, pronounSpeakerAccuracy(), pronounCorrect, pronounPairs));
            b.append(names.summary());
            for (Map.Entry<Kind, int[]> e : recallByKind.entrySet()) {
                int[] c = e.getValue();
                b.append(String.format(Locale.ROOT, "recall %-12s %.3f (%d/%d)%n", e.getKey().name().toLowerCase(Locale.ROOT),
                        c[1] == 0 ? 0 : (double) c[0] / c[1], c[0], c[1]));
            }
            b.append(String.format(Locale.ROOT, "exact span match %.3f (%d/%d matched pairs, letters and digits compared)%n", exactMatchRate(), exactMatches, matchedPairs));
            b.append(strict.summary());
            b.append(exactSpans.summary());
            b.append(byRule.table(all.gold()));
            return b.toString();
        }
    }

    private QuoteScorer() {
    }

    public static Result score(List<BratGold.Article> gold, Map<String, List<Quote>> predictions) {
        int directGold = 0, directMatched = 0, directPred = 0, directFalse = 0;
        int allGold = 0, allPred = 0, allMatched = 0;
        int speakerPairs = 0, speakerCorrect = 0, pronounPairs = 0, pronounCorrect = 0, exact = 0;
        Map<Kind, int[]> byKind = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            byKind.put(k, new int[2]);
        }
        StringBuilder errors = new StringBuilder();
        RuleTally byRule = new RuleTally();
        SpeakerNameTally names = new SpeakerNameTally();
        StrictQuoteScores strict = new StrictQuoteScores();
        ExactSpanScores exactSpans = new ExactSpanScores();
        for (BratGold.Article article : gold) {
            String text = article.text();
            List<BratGold.Attribution> golds = article.attributions();
            List<Quote> preds = predictions.getOrDefault(article.articleId(), List.of());
            List<BitSet> goldSets = new ArrayList<>();
            List<Kind> kinds = new ArrayList<>();
            for (BratGold.Attribution g : golds) {
                goldSets.add(chars(g.content()));
                kinds.add(kind(text, g.content()));
            }
            List<BitSet> predSets = new ArrayList<>();
            List<Boolean> predQuoted = new ArrayList<>();
            for (Quote q : preds) {
                // The union of the quote's pieces, as for gold: a split quote ("A," she said, "B.") is
                // what was said, without the attribution between its parts.
                List<Span> widened = new ArrayList<>();
                for (Span piece : q.pieces()) {
                    widened.add(widen(text, piece));
                }
                predSets.add(chars(widened));
                predQuoted.add(containsOrWrapped(text, q.pieces()));
            }
            int[] allMatch = match(goldSets, predSets);
            strict.add(text, golds, kinds, preds);
            exactSpans.add(text, golds, preds, allMatch);
            List<Integer> directIdx = new ArrayList<>();
            List<BitSet> directSets = new ArrayList<>();
            for (int g = 0; g < golds.size(); g++) {
                if (kinds.get(g) != Kind.INDIRECT) {
                    directIdx.add(g);
                    directSets.add(goldSets.get(g));
                }
            }
            int[] directMatch = match(directSets, predSets);
            directGold += directSets.size();
            for (int m : directMatch) {
                if (m >= 0) {
                    directMatched++;
                }
            }
            for (int p = 0; p < preds.size(); p++) {
                if (!predQuoted.get(p)) {
                    continue;
                }
                directPred++;
                boolean any = false;
                for (BitSet g : goldSets) {
                    any |= iou(g, predSets.get(p)) >= MIN_IOU;
                }
                if (!any) {
                    directFalse++;
                }
            }
            allGold += golds.size();
            allPred += preds.size();
            preds.forEach(q -> byRule.predicted(q.rule()));
            boolean[] predUsed = new boolean[preds.size()];
            StringBuilder local = new StringBuilder();
            for (int g = 0; g < golds.size(); g++) {
                BratGold.Attribution ga = golds.get(g);
                byKind.get(kinds.get(g))[1]++;
                int p = allMatch[g];
                if (p < 0) {
                    local.append("  MISSED ").append(kinds.get(g).name().toLowerCase(Locale.ROOT)).append(": ")
                            .append(context(text, ga.content())).append("  [source: ").append(slice(text, ga.source()))
                            .append("; cue: ").append(slice(text, ga.cue())).append("]\n");
                    continue;
                }
                predUsed[p] = true;
                allMatched++;
                byKind.get(kinds.get(g))[0]++;
                if (normalised(text, goldSets.get(g)).equals(normalised(text, predSets.get(p)))) {
                    exact++;
                }
                Quote q = preds.get(p);
                boolean ok = !ga.source().isEmpty() && q.speakerStart() != null && overlaps(ga.source(), q.speakerStart(), q.speakerEnd());
                byRule.matched(q.rule(), ga.source().isEmpty() ? null : ok);
                if (SpeakerNameTally.scored(ga.speakerNote()) && !names.add(slice(text, ga.source()), ga.speakerNote(), q.speaker())) {
                    local.append("  WRONG NAME: gold ").append(ga.speakerNote()).append(", predicted ").append(q.speaker())
                            .append(" (mention ").append(q.speakerMention()).append("): ").append(context(text, ga.content())).append('\n');
                }
                spanMismatch(local, text, "CUE", ga.cue(), q.cueStart(), q.cueEnd(), q.rule(), ga.content());
                spanMismatch(local, text, "SOURCE", ga.source(), q.speakerStart(), q.speakerEnd(), q.rule(), ga.content());
                if (!ga.source().isEmpty()) {
                    boolean pronoun = PRONOUNS.contains(slice(text, ga.source()).strip().toLowerCase(Locale.ROOT));
                    speakerPairs++;
                    speakerCorrect += ok ? 1 : 0;
                    if (pronoun) {
                        pronounPairs++;
                        pronounCorrect += ok ? 1 : 0;
                    }
                    if (!ok) {
                        local.append("  WRONG SPEAKER: gold ").append(slice(text, ga.source())).append(", predicted ")
                                .append(q.speakerMention()).append(" (cue ").append(q.cue()).append("): ")
                                .append(context(text, ga.content())).append('\n');
                    }
                }
            }
            for (int p = 0; p < preds.size(); p++) {
                if (!predUsed[p]) {
                    Quote q = preds.get(p);
                    local.append("  FALSE ").append(q.type().code()).append(": ").append(context(text, q.pieces()))
                            .append("  [mention: ").append(q.speakerMention()).append("; cue: ").append(q.cue()).append("]\n");
                }
            }
            if (!local.isEmpty()) {
                errors.append("== ").append(article.articleId()).append('\n').append(local);
            }
        }
        return new Result(new Prf(directMatched, directGold, directPred - directFalse, directPred, directFalse),
                new Prf(allMatched, allGold, allMatched, allPred, allPred - allMatched),
                speakerPairs, speakerCorrect, pronounPairs, pronounCorrect, byKind, exact, allMatched, byRule, names, strict, exactSpans,
                errors.toString());
    }

    /** One-to-one greedy matching, best IoU first: for each gold, the index of its prediction or -1. */
    static int[] match(List<BitSet> gold, List<BitSet> pred) {
        List<double[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < pred.size(); p++) {
                double iou = iou(gold.get(g), pred.get(p));
                if (iou >= MIN_IOU) {
                    pairs.add(new double[] {iou, g, p});
                }
            }
        }
        pairs.sort(Comparator.<double[]>comparingDouble(a -> -a[0]).thenComparingDouble(a -> a[1]).thenComparingDouble(a -> a[2]));
        int[] result = new int[gold.size()];
        java.util.Arrays.fill(result, -1);
        boolean[] predTaken = new boolean[pred.size()];
        for (double[] pair : pairs) {
            int g = (int) pair[1];
            int p = (int) pair[2];
            if (result[g] < 0 && !predTaken[p]) {
                result[g] = p;
                predTaken[p] = true;
            }
        }
        return result;
    }

    static double iou(BitSet a, BitSet b) {
        BitSet inter = (BitSet) a.clone();
        inter.and(b);
        BitSet union = (BitSet) a.clone();
        union.or(b);
        return union.isEmpty() ? 0 : (double) inter.cardinality() / union.cardinality();
    }

    static BitSet chars(List<Span> pieces) {
        BitSet set = new BitSet();
        for (Span p : pieces) {
            if (!p.isEmpty()) {
                set.set(p.begin(), p.end());
            }
        }
        return set;
    }

    static Kind kind(String text, List<Span> content) {
        if (!containsOrWrapped(text, content)) {
            return Kind.INDIRECT;
        }
        int begin = content.stream().mapToInt(Span::begin).min().orElse(0);
        int end = content.stream().mapToInt(Span::end).max().orElse(0);
        String s = text.substring(begin, end).strip().replaceAll("[,.;:]+$", "");
        boolean opens = (!s.isEmpty() && MARKS.indexOf(s.charAt(0)) >= 0) || (begin > 0 && MARKS.indexOf(text.charAt(begin - 1)) >= 0);
        boolean closes = (!s.isEmpty() && MARKS.indexOf(s.charAt(s.length() - 1)) >= 0)
                || (end < text.length() && MARKS.indexOf(text.charAt(end)) >= 0);
        return opens && closes ? Kind.FULLY_QUOTED : Kind.MIXED;
    }

    /** Whether a quotation mark is inside the pieces or right next to their outer ends. */
    static boolean containsOrWrapped(String text, List<Span> pieces) {
        int begin = Integer.MAX_VALUE;
        int end = -1;
        for (Span p : pieces) {
            for (int i = p.begin(); i < p.end(); i++) {
                if (MARKS.indexOf(text.charAt(i)) >= 0) {
                    return true;
                }
            }
            begin = Math.min(begin, p.begin());
            end = Math.max(end, p.end());
        }
        return (begin > 0 && begin <= text.length() && MARKS.indexOf(text.charAt(begin - 1)) >= 0)
                || (end >= 0 && end < text.length() && MARKS.indexOf(text.charAt(end)) >= 0);
    }

    /** A piece widened over the opening mark before it, and the punctuation and closing mark after it. */
    static Span widen(String text, Span piece) {
        int b = piece.begin();
        int e = piece.end();
        if (b > 0 && MARKS.indexOf(text.charAt(b - 1)) >= 0) {
            b--;
        }
        int k = e;
        while (k < text.length() && k < e + 2 && ",.?!".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        if (k < text.length() && MARKS.indexOf(text.charAt(k)) >= 0) {
            e = k + 1;
        }
        return new Span(b, e);
    }

    private static String normalised(String text, BitSet chars) {
        StringBuilder b = new StringBuilder();
        for (int i = chars.nextSetBit(0); i >= 0; i = chars.nextSetBit(i + 1)) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean overlaps(List<Span> spans, int begin, int end) {
        for (Span s : spans) {
            if (s.begin() < end && begin < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** A line for a matched pair whose gold and predicted spans of one kind (cue, source) differ. */
    private static void spanMismatch(StringBuilder out, String text, String kind, List<Span> gold, Integer begin, Integer end,
                                     String rule, List<Span> content) {
        List<Span> predicted = begin == null || end == null ? List.of() : List.of(new Span(begin, end));
        if (!ExactSpanScores.set(text, gold, false).equals(ExactSpanScores.set(text, predicted, false))) {
            out.append("  ").append(kind).append(": gold ").append(slice(text, gold)).append(", predicted ").append(slice(text, predicted))
                    .append(" (").append(rule).append("): ").append(context(text, content)).append('\n');
        }
    }

    private static String slice(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            if (!b.isEmpty()) {
                b.append(" … ");
            }
            b.append(text, s.begin(), s.end());
        }
        return b.isEmpty() ? "-" : b.toString().replace('\n', ' ');
    }

    /** The spans in [[ ]] with a little text either side, on one line. */
    private static String context(String text, List<Span> spans) {
        int begin = spans.stream().mapToInt(Span::begin).min().orElse(0);
        int end = spans.stream().mapToInt(Span::end).max().orElse(0);
        String before = text.substring(Math.max(0, begin - 50), begin);
        String after = text.substring(end, Math.min(text.length(), end + 50));
        String inside = text.substring(begin, end);
        if (inside.length() > 240) {
            inside = inside.substring(0, 110) + " ... " + inside.substring(inside.length() - 110);
        }
        return ("…" + before + "[[" + inside + "]]" + after + "…").replace('\n', ' ');
    }
}
