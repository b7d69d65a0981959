package dev.quarry.eval;

import dev.quarry.text.Span;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The scorer on cases small enough to compute by hand. */
class QuoteScorerTest {

    @TempDir
    Path dir;

    private static Quote pred(String id, int start, int end, QuoteType type, Integer speakerStart, Integer speakerEnd) {
        return new Quote(id, "x", start, end, type, null, null, null, null, speakerStart, speakerEnd, null, null, null,
                0.9, 0, null, "test");
    }

    private static BitSet bits(int from, int to) {
        BitSet b = new BitSet();
        b.set(from, to);
        return b;
    }

    @Test
    void iouAndGreedyOneToOneMatching() {
        assertEquals(0.5, QuoteScorer.iou(bits(0, 10), bits(5, 15)) * 1.5, 1e-9); // 5 / 15
        assertEquals(1.0, QuoteScorer.iou(bits(3, 9), bits(3, 9)), 1e-9);
        // Gold 0 fits both predictions; the better pair (g0,p1: IoU 1.0) is taken first, so g1 gets p0.
        int[] m = QuoteScorer.match(List.of(bits(0, 10), bits(0, 8)), List.of(bits(0, 8), bits(0, 10)));
        assertArrayEquals(new int[] {1, 0}, m);
        // One prediction cannot match two golds.
        assertArrayEquals(new int[] {0, -1}, QuoteScorer.match(List.of(bits(0, 10), bits(0, 10)), List.of(bits(0, 10))));
    }

    @Test
    void discontinuousGoldIsTheUnionOfItsPieces() {
        //                 0         1         2         3         4
        //                 0123456789012345678901234567890123456789012345
        String text = "\"We won,\" she said, \"and we will win again.\"";
        List<BratGold.Attribution> gold = BratGold.parse(List.of(
                "T1\tContent 0 9;20 44\t\"We won,\" ... \"and we will win again.\"",
                "T2\tSource 10 13\tshe",
                "T3\tCue 14 18\tsaid",
                "E1\tAttribution:T3 Source:T2 Cue:T3 Content:T1"));
        assertEquals(1, gold.size());
        assertEquals(2, gold.get(0).content().size());
        BratGold.Article article = new BratGold.Article("a", text, "a.ann", gold);
        // Predicted as one range 1..42 (marks excluded), widened over the marks to 0..44: gold has 33 chars, union 44 -> IoU 0.75.
        Quote q = pred("a", 1, 42, QuoteType.DIRECT, 10, 13);
        QuoteScorer.Result r = QuoteScorer.score(List.of(article), Map.of("a", List.of(q)));
        assertEquals(1, r.all().truePositivesGold());
        assertEquals(1.0, r.direct().recall(), 1e-9);
        assertEquals(1.0, r.speakerAccuracy(), 1e-9);
        assertEquals(1.0, r.pronounSpeakerAccuracy(), 1e-9);
    }

    @Test
    void splitPredictionIsTheUnionOfItsPieces() {
        String text = "\"We won,\" said Dora Sato, the long-serving chair of the harbour board. \"We will win again.\"";
        int second = text.indexOf("\"We will");
        List<BratGold.Attribution> gold = BratGold.parse(List.of(
                "T1\tContent 0 9;" + second + " " + text.length() + "\tx",
                "T2\tSource 15 24\tDora Sato",
                "E1\tAttribution:T1 Source:T2 Content:T1"));
        BratGold.Article article = new BratGold.Article("s", text, "s.ann", gold);
        // Pieces 1..7 and the second quote's words, widened over their marks: the same characters as the gold.
        // As one range from the first piece to the last, the attribution between (63 chars) would sink IoU to 0.34.
        Quote q = new Quote("s", "x", 1, text.length() - 2, QuoteType.DIRECT, null, null, null, null, 15, 24, null, null, null,
                0.9, 0, List.of(new Span(1, 7), new Span(second + 1, text.length() - 2)), "test");
        QuoteScorer.Result r = QuoteScorer.score(List.of(article), Map.of("s", List.of(q)));
        assertEquals(1, r.all().truePositivesGold());
        assertEquals(1, r.exactMatches());
        RuleTally.Figures byRule = r.byRule().figures().get("test");
        assertEquals(1, byRule.predicted());
        assertEquals(1, byRule.matched());
        assertTrue(r.summary().contains("test"), "the summary has the per-rule table");
    }

    @Test
    void directPrecisionCountsOnlyUnmatchedQuoteMarkPredictions() {
        String text = "He said the vote was fair. \"Nobody doubts it,\" she said. The \"best\" plan won.";
        List<BratGold.Attribution> gold = BratGold.parse(List.of(
                "T1\tContent 8 25\tthe vote was fair", "T2\tSource 0 2\tHe", "E1\tAttribution:T1 Source:T2 Content:T1",
                "T3\tContent 27 46\t\"Nobody doubts it,\"", "T4\tSource 47 50\tshe", "E2\tAttribution:T3 Source:T4 Content:T3"));
        BratGold.Article article = new BratGold.Article("b", text, "b.ann", gold);
        List<Quote> preds = List.of(
                pred("b", 8, 25, QuoteType.INDIRECT, 0, 2),    // matches E1 (indirect)
                pred("b", 28, 44, QuoteType.DIRECT, 47, 50),   // matches E2 (direct)
                pred("b", 63, 67, QuoteType.MIXED, null, null)); // "best": quote marks, matches nothing
        QuoteScorer.Result r = QuoteScorer.score(List.of(article), Map.of("b", preds));
        assertEquals(1, r.direct().gold());
        assertEquals(1.0, r.direct().recall(), 1e-9);
        assertEquals(2, r.direct().predicted());      // the two predictions wrapped in quotation marks
        assertEquals(1, r.direct().falsePositives());
        assertEquals(0.5, r.direct().precision(), 1e-9);
        assertEquals(2.0 / 3.0, r.all().precision(), 1e-9);
        assertEquals(1.0, r.all().recall(), 1e-9);
        assertEquals(2, r.speakerCorrect());
        assertEquals(1, r.recallByKind().get(QuoteScorer.Kind.INDIRECT)[0]);
        assertEquals(1, r.recallByKind().get(QuoteScorer.Kind.FULLY_QUOTED)[0]);
    }

    @Test
    void kindsOfGold() {
        String text = "\"All of it.\" He called it \"a mess\" today. They said no.";
        assertEquals(QuoteScorer.Kind.FULLY_QUOTED, QuoteScorer.kind(text, List.of(new Span(0, 12))));
        assertEquals(QuoteScorer.Kind.FULLY_QUOTED, QuoteScorer.kind(text, List.of(new Span(1, 11))));
        assertEquals(QuoteScorer.Kind.MIXED, QuoteScorer.kind(text, List.of(new Span(23, 40))));
        assertEquals(QuoteScorer.Kind.INDIRECT, QuoteScorer.kind(text, List.of(new Span(52, 54))));
    }

    @Test
    void theFirstAnnotatorFileInSortedOrderIsUsed() throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/story.txt"), "Ann said it rained. Bo said it snowed.");
        Files.writeString(dir.resolve("attributions/story_b2.ann"),
                "T1\tContent 29 38\tit snowed\nT2\tSource 20 22\tBo\nE1\tAttribution:T1 Source:T2 Content:T1\n");
        Files.writeString(dir.resolve("attributions/story_a1.ann"),
                "T1\tContent 9 18\tit rained\nT2\tSource 0 3\tAnn\nE1\tAttribution:T1 Source:T2 Content:T1\n");
        Files.writeString(dir.resolve("attributions/storyteller_a0.ann"), "T1\tContent 0 3\tAnn\nE1\tAttribution:T1 Content:T1\n");
        List<BratGold.Article> gold = BratGold.load(dir);
        assertEquals(1, gold.size());
        assertEquals("story_a1.ann", gold.get(0).annotationFile());
        assertEquals(9, gold.get(0).attributions().get(0).content().get(0).begin());
    }
}
