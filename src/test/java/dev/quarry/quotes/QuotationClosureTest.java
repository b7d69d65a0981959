package dev.quarry.quotes;

import dev.quarry.quotes.model.AttributionTagger;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class QuotationClosureTest {

    private static Quote quote(String text, String content, QuoteType type, String rule) {
        int b = text.indexOf(content);
        return new Quote("a1", content, b, b + content.length(), type, "said", 4, 8, "Lund", 0, 4, null, null, null,
                0.7, 0, List.of(new Span(b, b + content.length())), rule);
    }

    private static Quote only(String text, Quote q) {
        AnnotatedArticle article = TestAnnotator.annotate("a1", text);
        List<Quote> out = QuotationClosure.close(article, List.of(q));
        assertEquals(1, out.size());
        return out.get(0);
    }

    @Test
    void contentThatEndsInsideAQuotationRunsOnToItsClosingMark() {
        String text = "Lund said that \u201Cthe dam will hold. It always has.\u201D Then he left.";
        Quote q = only(text, quote(text, "that \u201Cthe dam will hold", QuoteType.MIXED, AttributionTagger.RULE));
        assertEquals("that \u201Cthe dam will hold. It always has.\u201D", text.substring(q.start(), q.end()));
        assertEquals("said", q.cue());
    }

    @Test
    void contentThatBeginsInsideAQuotationGoesBackToItsOpeningMark() {
        String text = "Lund said the crew \"were tired. There was no joy\" in the camp.";
        Quote q = only(text, quote(text, "There was no joy\" in the camp", QuoteType.INDIRECT, AttributionTagger.RULE));
        assertEquals("\"were tired. There was no joy\" in the camp", text.substring(q.start(), q.end()));
        assertEquals(QuoteType.MIXED, q.type());
    }

    @Test
    void contentAroundAWholeQuotationOrOutsideAnyStaysAsItIs() {
        String text = "Lund called the plan \u201Cmad\u201D on Monday. He said the dam would hold.";
        Quote whole = quote(text, "the plan \u201Cmad\u201D on Monday", QuoteType.MIXED, AttributionTagger.RULE);
        assertSame(whole, only(text, whole));
        Quote outside = quote(text, "the dam would hold", QuoteType.INDIRECT, AttributionTagger.RULE);
        assertSame(outside, only(text, outside));
    }

    @Test
    void theRulesQuotesAndQuotationsOverParagraphsAreLeftAlone() {
        String text = "Lund said that \u201Cthe dam will hold. It always has.\u201D Then he left.";
        Quote rule = quote(text, "that \u201Cthe dam will hold", QuoteType.MIXED, "opening-cue");
        assertSame(rule, only(text, rule));
        String twoParagraphs = "Lund said that \u201Cthe dam will hold.\n\n\u201CIt always has.\u201D";
        Quote tagger = quote(twoParagraphs, "that \u201Cthe dam will hold", QuoteType.MIXED, AttributionTagger.RULE);
        assertSame(tagger, only(twoParagraphs, tagger));
    }

    @Test
    void twoChunksOfOneQuotationBecomeOneQuote() {
        String text = "Lund said that \u201Cthe dam will hold. Berg agreed it has always held.\u201D Then he left.";
        Quote first = quote(text, "that \u201Cthe dam will hold", QuoteType.MIXED, AttributionTagger.RULE);
        Quote second = quote(text, "it has always held", QuoteType.INDIRECT, AttributionTagger.RULE);
        List<Quote> out = QuotationClosure.close(TestAnnotator.annotate("a1", text), List.of(second, first));
        assertEquals(1, out.size(), "out: " + out);
        assertEquals("that \u201Cthe dam will hold. Berg agreed it has always held.\u201D", text.substring(out.get(0).start(), out.get(0).end()));
    }

    @Test
    void contentIsNotClosedOverAQuoteOfTheRules() {
        String text = "Lund said that \u201Cthe dam will hold. Berg agreed it has always held.\u201D Then he left.";
        Quote tagger = quote(text, "that \u201Cthe dam will hold", QuoteType.MIXED, AttributionTagger.RULE);
        Quote rule = quote(text, "it has always held", QuoteType.INDIRECT, "opening-cue");
        List<Quote> out = QuotationClosure.close(TestAnnotator.annotate("a1", text), List.of(tagger, rule));
        assertEquals(List.of(tagger, rule), out);
    }
}
