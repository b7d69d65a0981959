package dev.quarry.quotes.model;

import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModelPrecedenceTest {

    /** A quote over [start, end) with a cue and speaker span (null for none), as a rule or the tagger makes it. */
    private static Quote quote(int start, int end, QuoteType type, String cue, Integer speakerStart, String rule) {
        return new Quote("a1", "x".repeat(end - start), start, end, type, cue, cue == null ? null : 0, cue == null ? null : 1,
                speakerStart == null ? null : "someone", speakerStart, speakerStart == null ? null : speakerStart + 7,
                null, null, null, 0.5, 0, null, rule);
    }

    private static List<String> rules(List<Quote> quotes) {
        return quotes.stream().map(q -> q.start() + "-" + q.end() + " " + q.rule() + " " + q.speakerStart()).toList();
    }

    @Test
    void directQuotesStandAndTheTaggerTakesTheReportedSpeechItFinds() {
        List<Quote> byRules = List.of(quote(10, 50, QuoteType.DIRECT, "said", 60, "speaker-then-cue"),
                quote(100, 140, QuoteType.INDIRECT, "said", 90, "opening-cue"));
        List<Quote> model = List.of(quote(20, 45, QuoteType.INDIRECT, "said", 0, AttributionTagger.RULE),
                quote(100, 130, QuoteType.INDIRECT, "said", 90, AttributionTagger.RULE));
        assertEquals(List.of("10-50 speaker-then-cue 60", "100-130 attribution-model 90"),
                rules(ModelPrecedence.merge(byRules, model)));
    }

    @Test
    void aReportedQuoteTheTaggerMissedStays() {
        List<Quote> byRules = List.of(quote(100, 140, QuoteType.INDIRECT, "said", 90, "broad-cue"));
        List<Quote> model = List.of(quote(200, 230, QuoteType.INDIRECT, "argued", 180, AttributionTagger.RULE));
        assertEquals(List.of("100-140 broad-cue 90", "200-230 attribution-model 180"), rules(ModelPrecedence.merge(byRules, model)));
    }

    @Test
    void aRuleTooSeldomRightAloneIsNoFallback() {
        List<Quote> byRules = List.of(quote(100, 140, QuoteType.INDIRECT, "said", 90, "opening-cue"),
                quote(300, 340, QuoteType.MIXED, "closing", 290, "closing-cue"));
        List<Quote> model = List.of(quote(200, 230, QuoteType.INDIRECT, "argued", 180, AttributionTagger.RULE));
        assertEquals(List.of("200-230 attribution-model 180"), rules(ModelPrecedence.merge(byRules, model)));
        assertEquals(List.of("100-140 opening-cue 90", "200-230 attribution-model 180", "300-340 closing-cue 290"),
                rules(ModelPrecedence.merge(byRules, model, java.util.Set.of())), "with nothing left out, both stay");
    }

    @Test
    void anAttributionWithoutASourceBorrowsTheRulesOrIsDropped() {
        List<Quote> byRules = List.of(quote(100, 140, QuoteType.INDIRECT, "said", 90, "opening-cue"));
        List<Quote> model = List.of(quote(105, 140, QuoteType.INDIRECT, "said", null, AttributionTagger.RULE),
                quote(300, 330, QuoteType.INDIRECT, "claimed", null, AttributionTagger.RULE));
        assertEquals(List.of("105-140 attribution-model 90"), rules(ModelPrecedence.merge(byRules, model)),
                "the second has no source anywhere: a quote not found beats one credited to a neighbour");
    }

    @Test
    void aParticiplesSpeakerComesFromTheRules() {
        List<Quote> byRules = List.of(quote(100, 140, QuoteType.INDIRECT, "adding", 20, "opening-cue"));
        List<Quote> model = List.of(quote(100, 140, QuoteType.INDIRECT, "adding", 70, AttributionTagger.RULE),
                quote(200, 240, QuoteType.INDIRECT, "adding", 170, AttributionTagger.RULE));
        assertEquals(List.of("100-140 attribution-model 20", "200-240 attribution-model 170"), rules(ModelPrecedence.merge(byRules, model)),
                "without a rule over the same text the tagger's own source stands");
    }
}
