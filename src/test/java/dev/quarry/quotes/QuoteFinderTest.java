package dev.quarry.quotes;

import dev.quarry.quotes.speakers.SpeakerResolver;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();
    private final SpeakerResolver resolver = new SpeakerResolver();

    private List<Quote> quotes(String text) {
        AnnotatedArticle article = TestAnnotator.annotate("a1", text);
        return resolver.resolve(article, finder.find(article));
    }

    private static void assertSlices(String text, Quote q) {
        assertEquals(q.speakerMention(), text.substring(q.speakerStart(), q.speakerEnd()));
        assertEquals(q.cue(), text.substring(q.cueStart(), q.cueEnd()));
    }

    @Test
    void quoteThenSpeakerThenCue() {
        String text = "\"The harbour will reopen next spring,\" Mayor Ellen Varga said on Monday.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertEquals("The harbour will reopen next spring", q.text());
        // The span is the corpora's: with the quotation marks and the comma inside them.
        assertEquals("\"The harbour will reopen next spring,\"", text.substring(q.start(), q.end()));
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("said", q.cue());
        assertEquals("Mayor Ellen Varga", q.speakerMention());
        assertEquals("Ellen Varga", q.speaker());
        assertSlices(text, q);
    }

    @Test
    void quoteThenSpeakerWithALongAppositionThenCue() {
        String text = "\"The pier is safe for every boat,\" Tomas Lind, the harbour master of the town since 2009 and a former "
                + "captain of the island ferry, said on Monday.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        assertEquals("said", qs.get(0).cue());
        assertEquals("Tomas Lind, the harbour master of the town since 2009 and a former captain of the island ferry,", qs.get(0).speakerMention());
        assertEquals("Tomas Lind", qs.get(0).speaker());
        assertSlices(text, qs.get(0));
    }

    @Test
    void aQuestionThenItsAttributionThenMoreIsOneSplitQuote() {
        String text = "\"Who wants to wait for the ferry at six?\" she said. \"Nobody does.\"";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size(), "quotes: " + qs);
        assertEquals(2, qs.get(0).pieces().size());
        assertEquals("she", qs.get(0).speakerMention());
    }

    @Test
    void aTaggedVerbClosingTheSentenceAfterTheQuoteAttributesIt() {
        String text = "\"They only came for the free ferry rides,\" Bennett shot back.";
        Quote untagged = finder.find(dev.quarry.text.TestAnnotator.annotate("q1", text)).get(0);
        assertNull(untagged.speakerMention());
        Quote q = finder.find(dev.quarry.text.TestAnnotator.annotate("q1", text, java.util.Map.of("shot", "VBD"))).get(0);
        assertEquals("shot", q.cue());
        assertEquals("Bennett", q.speakerMention());
    }

    @Test
    void quoteThenCueThenSpeaker() {
        String text = "\u201CWe expect a full recovery,\u201D said Tomas Lind, a spokesman for the clinic.";
        Quote q = quotes(text).get(0);
        assertEquals("said", q.cue());
        // The apposition is part of the source, as PolNeAR writes it (SourceApposition); the name is the person's.
        assertEquals("Tomas Lind, a spokesman for the clinic", q.speakerMention());
        assertEquals("Tomas Lind", q.speaker());
    }

    @Test
    void speakerCueColonThenQuote() {
        String text = "Farm union leader Rosa Delgado said: \u201CThe drought has cost us a whole season.\u201D";
        Quote q = quotes(text).get(0);
        assertEquals(QuoteType.DIRECT, q.type());
        // The colon is part of the cue, as PolNeAR writes it (CueBoundaries).
        assertEquals("said:", q.cue());
        assertEquals("Farm union leader Rosa Delgado", q.speakerMention());
        assertEquals("Rosa Delgado", q.speaker());
        assertEquals("The drought has cost us a whole season.", q.text());
    }

    @Test
    void toldSomeoneThenQuote() {
        String text = "Coach Ana Ruiz told reporters, \"We played our best game of the year.\"";
        Quote q = quotes(text).get(0);
        assertEquals("told", q.cue());
        assertEquals("Coach Ana Ruiz", q.speakerMention());
        assertEquals("Ana Ruiz", q.speaker());
    }

    @Test
    void pronounAddedResolvesToEarlierSpeaker() {
        String text = "\"The bridge is safe,\" engineer Paul Okafor said.\n\n\"We checked every bolt,\" he added.";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size());
        assertEquals("added", qs.get(1).cue());
        assertEquals("he", qs.get(1).speakerMention());
        assertEquals("Paul Okafor", qs.get(1).speaker());
        assertTrue(qs.get(1).confidence() < qs.get(0).confidence());
    }

    @Test
    void splitQuoteIsOneQuote() {
        String text = "\"The vote was fair,\" she said. \"Nobody has shown otherwise.\"";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertEquals("The vote was fair, Nobody has shown otherwise.", q.text());
        assertEquals("she", q.speakerMention());
        assertEquals("said", q.cue());
        assertEquals(0, q.start());
        assertEquals(text.length(), q.end());
    }

    @Test
    void aNoBreakSpaceBetweenThePiecesOfASplitQuoteIsSpace() {
        String text = "\u201CThe vote was fair,\u201D she said in a statement.\u00A0\u201CNobody has shown otherwise.\u201D";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size(), "quotes: " + qs);
        assertEquals(2, qs.get(0).pieces().size());
        assertEquals("she", qs.get(0).speakerMention());
    }

    @Test
    void multiParagraphQuoteIsOneQuote() {
        String text = "Councillor Mia Berg spoke at length.\n\n"
                + "\u201CWe were told the money was there. It was not.\n\n"
                + "\u201CNow the families are paying the price,\u201D Berg said.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertEquals("We were told the money was there. It was not. Now the families are paying the price", q.text());
        assertEquals("Berg", q.speakerMention());
        assertEquals("Mia Berg", q.speaker());
    }

    @Test
    void doubledApostropheStyle() {
        String text = "''Prices will fall by summer,'' the analyst said.";
        Quote q = quotes(text).get(0);
        assertEquals("Prices will fall by summer", q.text());
        assertEquals("the analyst", q.speakerMention());
        assertEquals("said", q.cue());
    }

    @Test
    void guillemets() {
        String text = "\u00ABThe border stays open,\u00BB the minister said.";
        Quote q = quotes(text).get(0);
        assertEquals("The border stays open", q.text());
        assertEquals("the minister", q.speakerMention());
    }

    @Test
    void quotedAsSayingCreditsTheQuotedPerson() {
        String text = "Interior Minister Jonas Pell spoke on Friday.\n\n"
                + "\u201CWe will not back down,\u201D the Daily Ledger quoted Pell as saying.\n\n"
                + "\u201CNot this year,\u201D he was quoted as saying.";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size());
        assertEquals("quoted", qs.get(0).cue());
        assertEquals("Pell", qs.get(0).speakerMention());
        assertEquals("Jonas Pell", qs.get(0).speaker());
        assertEquals("was quoted as saying", qs.get(1).cue());
        assertEquals("he", qs.get(1).speakerMention());
        assertEquals("Jonas Pell", qs.get(1).speaker());
    }

    @Test
    void roleNounResolvesToPersonIntroducedWithThatRole() {
        String text = "Health Minister Dora Sato visited the ward.\n\n"
                + "\u201CStaff have worked miracles,\u201D the health minister said.";
        Quote q = quotes(text).get(0);
        assertEquals("the health minister", q.speakerMention());
        assertEquals("Dora Sato", q.speaker());
    }

    @Test
    void scareQuotesAreNotQuotes() {
        assertTrue(quotes("The so-called \"golden hour\" was over by noon.").isEmpty());
    }

    @Test
    void fragmentAfterCueIsMixed() {
        String text = "She called the plan \"a disaster\" for farmers.";
        Quote q = quotes(text).get(0);
        assertEquals(QuoteType.MIXED, q.type());
        // The reported clause runs to its end, as PolNeAR annotates it ("called it 'critical' that she ...").
        assertEquals("the plan \"a disaster\" for farmers", q.text());
        assertEquals("called", q.cue());
        assertEquals("She", q.speakerMention());
    }

    @Test
    void floatingQuoteBorrowsTheAdjacentSpeaker() {
        String text = "\"We lost everything,\" farmer Lena Holt said. \"The river took the barn and the sheep.\"\n\n"
                + "\"It will take years to rebuild.\"";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size());
        Quote floating = qs.get(1);
        assertNull(floating.cue());
        assertEquals("farmer Lena Holt", floating.speakerMention(), "the mention of the quote it borrows from");
        assertEquals("Lena Holt", floating.speaker());
    }

    @Test
    void quoteIdIsStableAndDependsOnOffsets() {
        Quote a = quotes("\"Yes, we will,\" she said.").get(0);
        Quote b = quotes("\"Yes, we will,\" she said.").get(0);
        assertEquals(a.quoteId(), b.quoteId());
        assertEquals(16, a.quoteId().length());
        assertTrue(!a.quoteId().equals(Quote.stableId("a1", a.start(), a.end() + 1)));
    }

    @Test
    void nameSignedAfterADash() {
        String text = "\u201CThe harbour is our living and we want it back.\u201D \u2015 Marta Quell\n"
                + "\u201DNobody asked the fishermen what they thought of the plan.\u201D \u2015 Ivo Brandt";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size());
        assertEquals("The harbour is our living and we want it back.", qs.get(0).text());
        assertEquals("Marta Quell", qs.get(0).speakerMention());
        assertEquals(QuoteType.DIRECT, qs.get(1).type());
        assertEquals("Nobody asked the fishermen what they thought of the plan.", qs.get(1).text());
        assertEquals("Ivo Brandt", qs.get(1).speakerMention());
    }

    @Test
    void colonIntroductionWithoutCueTakesTheClauseSubject() {
        String text = "Mayor Ellen Varga resisted the request:\n\n\u201CWe do not have the power to close the port on a whim.\u201D";
        Quote q = quotes(text).get(0);
        assertEquals("Mayor Ellen Varga", q.speakerMention());
        assertEquals("Ellen Varga", q.speaker());
    }

    @Test
    void transcriptTurnsNameTheirSpeakers() {
        String text = "Partial transcript as follows:\n\n"
                + "\"HOLLIS: Will the harbour reopen before the winter storms arrive?\n\n"
                + "\"VARGA: It will reopen in May, and not a day later.\n\n"
                + "\"(CROSSTALK.)";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("HOLLIS", qs.get(0).speakerMention());
        assertEquals("Will the harbour reopen before the winter storms arrive?", qs.get(0).text());
        assertEquals("VARGA", qs.get(1).speakerMention());
        assertEquals("It will reopen in May, and not a day later.", qs.get(1).text());
    }

    @Test
    void curlyQuoteInsideAStraightQuoteIsNested() {
        String text = "\"It is like an episode of \u201CShark Tank.\u201D But this is the harbour,\" Varga said.";
        Quote q = quotes(text).get(0);
        assertEquals("It is like an episode of \u201CShark Tank.\u201D But this is the harbour", q.text());
        assertEquals("Varga", q.speakerMention());
    }

    @Test
    void signatureDashGluedToTheClosingMark() {
        String text = "\u201CThe ferry has not run on time once this year.\u201D\u2015 Ana Ruiz\n"
                + "\u201CWe need a second boat before the summer.\u201D \u2015 Tomas Bell";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Ana Ruiz", qs.get(0).speakerMention());
        assertEquals("We need a second boat before the summer.", qs.get(1).text());
        assertEquals("Tomas Bell", qs.get(1).speakerMention());
    }

    @Test
    void quoteAfterAParticipleOfSpeech() {
        String text = "The advert shows Mayor Ellen Varga asking, \u201CWhy is the harbour still closed?\u201D";
        Quote q = quotes(text).get(0);
        assertEquals("asking", q.cue());
        assertEquals("Why is the harbour still closed?", q.text());
    }

    @Test
    void programmeTitlesAreNotQuotes() {
        String text = "\u201CThe harbour will reopen,\u201D Varga said on Harbour Radio\u2019s \u201CMorning Desk.\u201D";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("The harbour will reopen", qs.get(0).text());
    }

    @Test
    void quoteOpenedAfterThatIsPartOfTheReportedClause() {
        String text = "Spokeswoman Dora Sato said via email that, \u201COf course the mayor will defend the plan\u201D against its critics.";
        Quote q = quotes(text).get(0);
        assertEquals(QuoteType.MIXED, q.type());
        assertTrue(q.text().startsWith("that"), q.text());
    }
}
