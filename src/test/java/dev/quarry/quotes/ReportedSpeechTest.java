package dev.quarry.quotes;

import dev.quarry.quotes.speakers.SpeakerResolver;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reported speech and mixed quotes, one pattern a test, on sentences written for the test. */
class ReportedSpeechTest {

    private final QuoteFinder finder = new QuoteFinder();
    private final SpeakerResolver resolver = new SpeakerResolver();

    private Quote only(String text) {
        AnnotatedArticle a = TestAnnotator.annotate("r1", text);
        List<Quote> qs = resolver.resolve(a, finder.find(a));
        assertEquals(1, qs.size(), "quotes: " + qs);
        Quote q = qs.get(0);
        String span = text.substring(q.start(), q.end());
        // The span is the text, with the quotation marks of a quoted one and the punctuation inside them.
        assertTrue(span.equals(q.text()) || span.length() <= q.text().length() + 3 && span.contains(q.text()), span + " for " + q.text());
        return q;
    }

    private static void assertQuote(Quote q, QuoteType type, String cue, String mention, String speaker, String content) {
        assertEquals(type, q.type());
        assertEquals(cue, q.cue());
        assertEquals(mention, q.speakerMention());
        assertEquals(speaker, q.speaker());
        assertEquals(content, q.text());
    }

    @Test
    void saidThat() {
        assertQuote(only("Mayor Ellen Varga said that the harbour would reopen in May."),
                QuoteType.INDIRECT, "said", "Mayor Ellen Varga", "Ellen Varga", "that the harbour would reopen in May");
    }

    @Test
    void saidWithoutThat() {
        assertQuote(only("The agency said the bridge was safe for heavy lorries."),
                QuoteType.INDIRECT, "said", "The agency", null, "the bridge was safe for heavy lorries");
    }

    @Test
    void saidOnTuesdayThat() {
        assertQuote(only("Senator Hugo Ferreira said on Tuesday that he would vote against the bill."),
                QuoteType.INDIRECT, "said", "Senator Hugo Ferreira", "Hugo Ferreira", "that he would vote against the bill");
    }

    @Test
    void contentThenSpeakerSaid() {
        assertQuote(only("The river will crest on Friday morning, officials said."),
                QuoteType.INDIRECT, "said", "officials", "officials", "The river will crest on Friday morning");
    }

    @Test
    void contentThenSaidSpeaker() {
        assertQuote(only("The river will crest on Friday morning, said Marco Diaz, the fire chief."),
                QuoteType.INDIRECT, "said", "Marco Diaz, the fire chief", "Marco Diaz", "The river will crest on Friday morning");
    }

    @Test
    void parentheticalAttribution() {
        Quote q = only("The plan, Rosa Delgado said, will not survive the winter.");
        assertEquals("said", q.cue());
        assertEquals("Rosa Delgado", q.speaker());
        assertTrue(q.text().startsWith("The plan") && q.text().endsWith("survive the winter"), q.text());
    }

    @Test
    void accordingToBeforeAndAfter() {
        assertQuote(only("According to the weather office, the drought is the worst in forty years."),
                QuoteType.INDIRECT, "According to", "the weather office", null, "the drought is the worst in forty years");
        assertQuote(only("The drought is the worst in forty years, according to the weather office."),
                QuoteType.INDIRECT, "according to", "the weather office", null, "The drought is the worst in forty years");
    }

    @Test
    void toldSomeoneThat() {
        assertQuote(only("Tomas Lind told reporters that the clinic would stay open all night."),
                QuoteType.INDIRECT, "told", "Tomas Lind", "Tomas Lind", "that the clinic would stay open all night");
    }

    @Test
    void confirmedDeniedWarned() {
        assertEquals("confirmed", only("The ministry confirmed that two ships had been seized.").cue());
        assertEquals("denied", only("Agency director Pia Norberg denied that the decision was political.").cue());
        Quote warned = only("Economy Minister Clara Voss warned that prices would stay high.");
        assertEquals("warned", warned.cue());
        assertEquals("Clara Voss", warned.speaker());
    }

    @Test
    void warnedOfTakesWhatFollows() {
        assertQuote(only("Engineer Paul Okafor warned of cracks in the old dam wall."),
                QuoteType.INDIRECT, "warned of", "Engineer Paul Okafor", "Paul Okafor", "cracks in the old dam wall");
    }

    @Test
    void addingThatTakesTheSentencesSpeaker() {
        AnnotatedArticle a = TestAnnotator.annotate("r2",
                "Councillor Mia Berg said the budget was fair, adding that no library would close.");
        List<Quote> qs = resolver.resolve(a, finder.find(a));
        Quote adding = qs.stream().filter(q -> "adding".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("Councillor Mia Berg", adding.speakerMention());
        assertEquals("Mia Berg", adding.speaker());
        assertEquals("that no library would close", adding.text());
    }

    @Test
    void quotedFragmentInsideReportedSpeechIsOneMixedQuote() {
        assertQuote(only("Farm union leader Rosa Delgado said the drought was \"a catastrophe\" for the valley."),
                QuoteType.MIXED, "said", "Farm union leader Rosa Delgado", "Rosa Delgado",
                "the drought was \"a catastrophe\" for the valley");
    }

    @Test
    void fragmentBeforeTheAttributionIsMixedWithTheWholeClause() {
        Quote q = only("Obama \"felt a moral duty\" to act on the climate, Axelrod said.");
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("Axelrod", q.speakerMention());
        assertTrue(q.text().startsWith("Obama") && q.text().endsWith("on the climate"), q.text());
    }

    @Test
    void speakerTypes() {
        assertEquals(SpeakerType.PERSON, only("\"We are ready,\" Mayor Ellen Varga said.").speakerType());
        assertEquals(SpeakerType.ORG, only("\"The road is closed,\" Harbour Police said.").speakerType());
    }

    @Test
    void oneSpeakerOneEntityIdPerArticle() {
        AnnotatedArticle a = TestAnnotator.annotate("r3",
                "\"We are ready,\" Mayor Ellen Varga said.\n\n\"We have trained for this,\" she added.\n\n\"Not us,\" said Tomas Lind.");
        List<Quote> qs = resolver.resolve(a, finder.find(a));
        assertEquals(3, qs.size());
        assertEquals(qs.get(0).speakerEntityId(), qs.get(1).speakerEntityId());
        assertTrue(!qs.get(0).speakerEntityId().equals(qs.get(2).speakerEntityId()));
    }

    @Test
    void noCueNoReportedSpeech() {
        AnnotatedArticle a = TestAnnotator.annotate("r4", "The harbour reopened on Monday after three weeks of repairs.");
        assertTrue(finder.find(a).isEmpty());
    }
    @Test
    void broadCueTakesTheRestOfTheClause() {
        assertQuote(only("Mayor Ellen Varga criticized the port authority for the delays, which cost millions."),
                QuoteType.INDIRECT, "criticized", "Mayor Ellen Varga", "Ellen Varga", "the port authority for the delays");
    }

    @Test
    void broadCueNeedsASubject() {
        AnnotatedArticle a = TestAnnotator.annotate("r1", "Criticized by many, the plan went ahead in March.");
        assertTrue(finder.find(a).isEmpty());
    }

    @Test
    void askedIsAnAttribution() {
        assertQuote(only("The senator asked whether the harbour could reopen in May."),
                QuoteType.INDIRECT, "asked", "The senator", null, "whether the harbour could reopen in May");
    }

    @Test
    void participleAfterCommaTakesTheMainSubject() {
        assertQuote(only("Ellen Varga met the port workers, praising their patience during the strike."),
                QuoteType.INDIRECT, "praising", "Ellen Varga", "Ellen Varga", "their patience during the strike");
    }

    @Test
    void longParentheticalAttribution() {
        String text = "In the long run, many economists say, the new levy could ripple through the rest of the "
                + "shipping trade and keep freight prices from rising too quickly next year.";
        Quote q = only(text);
        assertEquals("many economists", q.speakerMention());
        assertEquals(text.substring(0, text.length() - 1), q.text());
    }

    @Test
    void accordingToWithALongSource() {
        assertQuote(only("According to early results of the exit poll conducted by Norvik Research for the regional "
                        + "broadcasters, turnout rose in every district."),
                QuoteType.INDIRECT, "According to", "early results of the exit poll conducted by Norvik Research for the regional broadcasters",
                "Norvik Research", "turnout rose in every district");
    }

    @Test
    void accordingToInsideTheSentence() {
        String text = "Over the long term, according to the budget office, the deficit will grow with the ageing population.";
        Quote q = only(text);
        assertEquals("the budget office", q.speakerMention());
        assertEquals(text.substring(0, text.length() - 1), q.text());
    }

    @Test
    void headlineNameAndColon() {
        assertQuote(only("Ellen Varga: The Harbour Will Reopen In May\n\nThe mayor spoke on Monday."),
                QuoteType.INDIRECT, ":", "Ellen Varga", "Ellen Varga", "The Harbour Will Reopen In May");
    }

    @Test
    void partyTagAfterTheName() {
        assertQuote(only("Sen. Hugo Ferreira (D-NV) said the bill would fail."),
                QuoteType.INDIRECT, "said", "Sen. Hugo Ferreira (D-NV)", "Hugo Ferreira", "the bill would fail");
    }

    @Test
    void longApposition() {
        assertQuote(only("Dora Sato, a former harbour pilot who led the union for a decade, said the strike was over."),
                QuoteType.INDIRECT, "said", "Dora Sato", "Dora Sato", "the strike was over");
    }

    @Test
    void progressiveBroadCue() {
        assertQuote(only("Mayor Ellen Varga is promising lower harbour fees for small boats."),
                QuoteType.INDIRECT, "promising", "Mayor Ellen Varga", "Ellen Varga", "lower harbour fees for small boats");
    }

    @Test
    void passiveBroadCueIsNotAnAttribution() {
        AnnotatedArticle a = TestAnnotator.annotate("r1", "The harbour plan was criticized by fishermen at the meeting.");
        assertTrue(finder.find(a).isEmpty());
    }

    @Test
    void infinitiveIsNotACue() {
        AnnotatedArticle a = TestAnnotator.annotate("r1", "Asked to describe the device, the chief declined.");
        assertTrue(finder.find(a).stream().noneMatch(q -> "describe".equals(q.cue())));
    }

    @Test
    void abbreviationDoesNotEndTheContent() {
        assertQuote(only("Officials said they had supported Sen. Hugo Ferreira in the primary."),
                QuoteType.INDIRECT, "said", "Officials", "officials", "they had supported Sen. Hugo Ferreira in the primary");
    }

    @Test
    void contentMayOpenWithNo() {
        Quote q = only("A lawyer for the port, David Schulz, said no decision had been made about an appeal.");
        assertEquals("A lawyer for the port", q.speakerMention()); // the apposition's head; the name is beside it
        assertEquals("no decision had been made about an appeal", q.text());
    }

    @Test
    void reportedClauseStopsBeforeAQuoteWithItsOwnAttribution() {
        String text = "After Varga said that the harbour might reopen in May, Ferreira said: \"I do not believe a word of it.\"";
        AnnotatedArticle a = TestAnnotator.annotate("r1", text);
        List<Quote> qs = finder.find(a);
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("that the harbour might reopen in May", qs.get(0).text());
        assertEquals("I do not believe a word of it.", qs.get(1).text());
        assertEquals("Ferreira", qs.get(1).speakerMention());
    }

    @Test
    void singleLetterInterviewTurnsAreLeftOut() {
        AnnotatedArticle a = TestAnnotator.annotate("r1", "Q: Will the harbour reopen in May?\n\nA: Yes, absolutely, and not a day later.");
        assertTrue(finder.find(a).isEmpty());
    }

    @Test
    void cueNounWithAPossessor() {
        Quote q = only("Fact-checkers examined Varga's claim that the harbour lost two million euros last year.");
        assertEquals("claim", q.cue());
        assertEquals("Varga's", q.speakerMention());
        assertEquals("that the harbour lost two million euros last year", q.text());
    }

    @Test
    void cueNounWithAPossessivePronounAndAPreposition() {
        Quote q = only("The councillor repeated her attacks on the harbour budget at the meeting.");
        assertEquals("attacks on", q.cue());
        assertEquals("her", q.speakerMention());
        assertEquals("the harbour budget at the meeting", q.text());
    }

    @Test
    void cueNounAfterAnArticleNamesNoSpeaker() {
        Quote q = only("The attacks on the harbour budget grew louder all week.");
        assertEquals("attacks on", q.cue());
        assertEquals(null, q.speakerMention());
    }

    @Test
    void introductoryPhraseBeforeTheSpeakerIsNotTheContent() {
        assertQuote(only("Despite the rain, harbour officials said they expect a record season."),
                QuoteType.INDIRECT, "said", "harbour officials", "officials", "they expect a record season");
        assertQuote(only("Speaking after the vote, Varga said the budget needed more work."),
                QuoteType.INDIRECT, "said", "Varga", "Varga", "the budget needed more work");
    }

    @Test
    void shortContentBeforeTheSpeakerStillCountsWhenTheCueEndsTheClause() {
        assertQuote(only("The plan is dead, Varga said at a meeting in the harbour."),
                QuoteType.INDIRECT, "said", "Varga", "Varga", "The plan is dead");
    }

    @Test
    void passiveExpectationIsAttributedWholeToNoSource() {
        Quote q = only("Separately, the harbour board is expected to approve the new ferry contract next week.");
        assertEquals("is expected", q.cue());
        assertEquals(null, q.speakerMention());
        assertEquals("the harbour board is expected to approve the new ferry contract next week", q.text());
    }

    @Test
    void closingMarkGluedToTheFullStopEndsTheClause() {
        // Tokens as the tokenizer gives them where the sentence detector did not split: 'go." Neither'.
        String[] words = {"the", "mayor", "wanted", "\"", "to", "go", ".\"", "Neither", "councillor", "looked", "convinced"};
        List<dev.quarry.text.Token> tokens = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new dev.quarry.text.Token(i, at, at + words[i].length(), words[i], 0));
            at += words[i].length() + 1;
        }
        dev.quarry.quotes.text.ClauseBounds bounds = new dev.quarry.quotes.text.ClauseBounds(QuoteLexicons.load());
        assertEquals(7, bounds.contentEndFrom(tokens, 0, tokens.size()), "the clause ends after '.\"'");
    }

    @Test
    void quotedWordBeforeAnInvertedAttributionDoesNotJoinTheNextQuote() {
        AnnotatedArticle a = TestAnnotator.annotate("r1", "The budget may be \"strategic,\" said Ana Ruiz, a lecturer at Varna University. "
                + "\"Each councillor is talking to their own voters,\" she said.");
        List<Quote> qs = finder.find(a);
        assertEquals(2, qs.size(), "quotes: " + qs);
        assertEquals(QuoteType.MIXED, qs.get(0).type());
        assertEquals("The budget may be \"strategic,\"", qs.get(0).text());
        assertEquals(QuoteType.DIRECT, qs.get(1).type());
        assertEquals("Each councillor is talking to their own voters", qs.get(1).text());
    }

    @Test
    void stanceInsideReportedSpeechIsPartOfWhatWasSaid() {
        assertQuote(only("At one point, she said, she was considering supporting the ferry plan."),
                QuoteType.INDIRECT, "said", "she", null, "At one point, she said, she was considering supporting the ferry plan");
    }

    @Test
    void thatAfterAClauseHasBegunIsInsideTheContent() {
        assertQuote(only("Varga said some of the criticism is due to the fact that the harbour lost money."),
                QuoteType.INDIRECT, "said", "Varga", "Varga", "some of the criticism is due to the fact that the harbour lost money");
    }

    @Test
    void seemingAttributesTheWholeClauseToNoSource() {
        Quote q = only("The vote went ahead, but support for the ferry plan seems to have collapsed overnight.");
        assertEquals("seems", q.cue());
        assertEquals(null, q.speakerMention());
        assertEquals("support for the ferry plan seems to have collapsed overnight", q.text());
        Quote that = only("It appears that the harbour will stay closed until June.");
        assertEquals("that the harbour will stay closed until June", that.text());
    }

    @Test
    void appearingSomewhereIsNotSeeming() {
        AnnotatedArticle a = TestAnnotator.annotate("r1", "Varga appeared on the evening news with the harbour master.");
        assertTrue(finder.find(a).isEmpty());
    }

    @Test
    void reportedlyAttributesTheWholeClause() {
        Quote q = only("The harbour master reportedly refused the offer.");
        assertEquals("reportedly", q.cue());
        assertEquals("The harbour master reportedly refused the offer", q.text());
    }

    @Test
    void verbCueOnlyWhereTheTaggerCallsItAVerb() {
        String text = "The councillors want to sell the old ferry.";
        AnnotatedArticle untagged = TestAnnotator.annotate("r1", text);
        assertTrue(finder.find(untagged).isEmpty());
        AnnotatedArticle noun = TestAnnotator.annotate("r1", text, java.util.Map.of("want", "NN"));
        assertTrue(finder.find(noun).isEmpty());
        AnnotatedArticle verb = TestAnnotator.annotate("r1", text, java.util.Map.of("want", "VBP"));
        List<Quote> qs = finder.find(verb);
        assertEquals(1, qs.size(), "quotes: " + qs);
        assertEquals("want", qs.get(0).cue());
        assertEquals("The councillors", qs.get(0).speakerMention());
        assertEquals("to sell the old ferry", qs.get(0).text());
    }

    @Test
    void aVerbRightAfterButBelongsToTheMainClause() {
        String text = "Varga said that she would back the plan but did not say when.";
        Quote untagged = finder.find(TestAnnotator.annotate("r1", text)).get(0);
        assertEquals("that she would back the plan but did not say when", untagged.text());
        Quote tagged = finder.find(TestAnnotator.annotate("r1", text, java.util.Map.of("did", "VBD"))).get(0);
        assertEquals("that she would back the plan", tagged.text());
    }

    @Test
    void subordinateAndRelativeAttributionsEndAtTheCommaBackToTheMainClause() {
        Quote q = finder.find(TestAnnotator.annotate("r1", "While Varga said she would back the plan, the council voted against it.")).get(0);
        assertEquals("she would back the plan", q.text());
        Quote r = finder.find(TestAnnotator.annotate("r1", "Lind, who said the pier was safe, refused to answer further questions.")).get(0);
        assertEquals("who", r.speakerMention());
        assertEquals("the pier was safe", r.text());
    }

    @Test
    void anAdjunctAfterAParentheticalAttributionIsNotContent() {
        assertQuote(only("The pier was never inspected, he said, on condition of anonymity."),
                QuoteType.INDIRECT, "said", "he", null, "The pier was never inspected");
    }

    @Test
    void archiveMetadataLinesAreNotHeadlines() {
        AnnotatedArticle a = TestAnnotator.annotate("r1", "BYLINE: Amber Lind\n\nThe ferry left on time.");
        assertTrue(finder.find(a).isEmpty());
    }

    @Test
    void aStanceObjectEndsWhereTheMainClauseGoesOn() {
        String text = "The union endorsed Varga in May and has campaigned for her since.";
        Quote q = finder.find(TestAnnotator.annotate("r1", text, java.util.Map.of("has", "VBZ"))).get(0);
        assertEquals("endorsed", q.cue());
        assertEquals("Varga in May", q.text());
    }

    @Test
    void aSubordinateSeemingClauseEndsAtItsComma() {
        Quote q = finder.find(TestAnnotator.annotate("r1", "While the ferry seems to be safe, the pier needs work.")).get(0);
        assertEquals("the ferry seems to be safe", q.text());
    }

    @Test
    void anAdjunctAfterTheCueIsSkippedToTheClauseSubject() {
        assertQuote(only("Varga said after the meeting she would not sell the ferry."),
                QuoteType.INDIRECT, "said", "Varga", "Varga", "she would not sell the ferry");
    }

    @Test
    void phrasalCueTakesThePrepositionAndItsObject() {
        Quote q = only("The mayor pointed to the new pier as proof of progress.");
        assertEquals("pointed to", q.cue());
        assertEquals("The mayor", q.speakerMention());
        assertEquals("the new pier as proof of progress", q.text());
        AnnotatedArticle noSubject = TestAnnotator.annotate("r1", "All eyes pointed to the new pier.");
        assertEquals("All eyes", finder.find(noSubject).get(0).speakerMention());
    }

    @Test
    void participleCueAfterTheMainClause() {
        List<Quote> qs = finder.find(TestAnnotator.annotate("r1", "Varga defended the budget, asserting that the harbour had lost money for years."));
        Quote q = qs.get(qs.size() - 1);
        assertEquals("asserting", q.cue());
        assertEquals("Varga", q.speakerMention());
        assertEquals("that the harbour had lost money for years", q.text());
    }

    @Test
    void askedQuestionWithoutAnAsker() {
        AnnotatedArticle a = TestAnnotator.annotate("r1", "Asked whether the harbour would reopen in May, the mayor shrugged.");
        Quote q = finder.find(a).get(0);
        assertEquals("Asked", q.cue());
        assertEquals("whether the harbour would reopen in May", q.text());
        assertEquals(null, q.speakerMention());
    }

    @Test
    void titleCaseHeadlineWithACapitalisedCue() {
        Quote q = only("Mayor Varga Says Harbour Will Reopen In May\n\nThe mayor spoke to reporters on Monday.");
        assertEquals("Says", q.cue());
        assertEquals("Mayor Varga", q.speakerMention());
        assertEquals("Harbour Will Reopen In May", q.text());
    }
}
