package dev.quarry.eval;

import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteType;
import dev.quarry.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The strict and exact-match figures on cases small enough to compute by hand. */
class StrictAndExactScoresTest {

    private static Quote pred(int start, int end, Integer cueStart, Integer cueEnd, Integer speakerStart, Integer speakerEnd) {
        return new Quote("a", "x", start, end, QuoteType.DIRECT, null, cueStart, cueEnd, null, speakerStart, speakerEnd, null, null, null,
                0.9, 0, List.of(new Span(start, end)), "test");
    }

    private static BratGold.Article article(String text, String... ann) {
        return new BratGold.Article("a", text, "a.ann", BratGold.parse(List.of(ann)));
    }

    @Test
    void aSecondQuotedPredictionOnAMatchedGoldIsFalseOnlyInTheStrictFigures() {
        //             0         1         2         3         4         5
        //             012345678901234567890123456789012345678901234567890123
        String text = "\"We will not go back, not now, not ever,\" she said.";
        BratGold.Article a = article(text,
                "T1\tContent 0 41\tx", "T2\tSource 42 45\tshe", "T3\tCue 46 50\tsaid",
                "E1\tAttribution:T3 Source:T2 Cue:T3 Content:T1");
        // The whole quote, and a duplicate of its first half (a second rule's overlapping find).
        List<Quote> preds = List.of(pred(1, 39, 46, 50, 42, 45), pred(1, 25, null, null, null, null));
        QuoteScorer.Result r = QuoteScorer.score(List.of(a), Map.of("a", preds));
        assertEquals(0, r.direct().falsePositives(), "lenient: the half overlaps a gold, so it is forgiven");
        assertEquals(1, r.strict().direct().falsePositives(), "strict: one to one, the half is false");
        assertEquals(0.5, r.strict().direct().precision(), 1e-9);
        assertEquals(1.0, r.strict().direct().recall(), 1e-9);
        assertEquals(0.5, r.strict().all().precision(), 1e-9);
        assertTrue(r.summary().contains("strict"), r.summary());
    }

    @Test
    void theStrictRangeIsNotWidenedOverTheMarks() {
        // Gold "a," with its marks: 4 characters; the prediction's range is the 1 letter inside.
        String text = "\"a,\" he said.";
        BratGold.Article a = article(text, "T1\tContent 0 4\tx", "E1\tAttribution:T1 Content:T1");
        QuoteScorer.Result r = QuoteScorer.score(List.of(a), Map.of("a", List.of(pred(1, 2, null, null, null, null))));
        assertEquals(1, r.all().truePositivesGold(), "lenient: widened over the marks, IoU 1");
        assertEquals(0, r.strict().all().truePositivesGold(), "strict: 1 of 4 characters, IoU 0.25");
    }

    @Test
    void exactSpansStrictAndLoose() {
        //             0         1         2         3         4
        //             0123456789012345678901234567890123456789012345
        String text = "\"Taxes will rise,\" Ana Petrova, the minister, said.";
        BratGold.Article a = article(text,
                "T1\tContent 0 18\t\"Taxes will rise,\"", "T2\tSource 19 30\tAna Petrova", "T3\tCue 46 50\tsaid",
                "E1\tAttribution:T3 Source:T2 Cue:T3 Content:T1");
        // Content without the marks and comma; the source with its comma; the cue exact.
        Quote q = pred(1, 16, 46, 50, 19, 31);
        QuoteScorer.Result r = QuoteScorer.score(List.of(a), Map.of("a", List.of(q)));
        ExactSpanScores e = r.exactSpans();
        assertEquals(0, e.content(false).truePositivesGold(), "strict offsets differ by the marks and the comma");
        assertEquals(1, e.content(true).truePositivesGold(), "loose: equal once marks and final punctuation are trimmed");
        assertEquals(0.0, e.source(false).f1(), 1e-9);
        assertEquals(1.0, e.source(true).f1(), 1e-9);
        assertEquals(1.0, e.cue(false).f1(), 1e-9);
        assertEquals(1, e.cue(false).predicted());
    }

    @Test
    void exactContentIsOneToOneAndCountsEveryPrediction() {
        String text = "He said taxes will rise. She said they will not.";
        BratGold.Article a = article(text, "T1\tContent 8 23\tx", "E1\tAttribution:T1 Content:T1");
        // Two identical predictions of the gold, and one of something else.
        List<Quote> preds = List.of(pred(8, 23, null, null, null, null), pred(8, 23, null, null, null, null),
                pred(34, 47, null, null, null, null));
        ExactSpanScores e = QuoteScorer.score(List.of(a), Map.of("a", preds)).exactSpans();
        assertEquals(1, e.content(false).truePositivesGold());
        assertEquals(1.0 / 3, e.content(false).precision(), 1e-9);
        assertEquals(1.0, e.content(false).recall(), 1e-9);
        assertEquals(new Span(1, 16), ExactSpanScores.trimmed("\"Taxes will rise,\"", new Span(0, 18)));
        assertEquals(new Span(3, 4), ExactSpanScores.trimmed("Ana: no", new Span(3, 4)), "a colon cue stays a colon");
    }
}
