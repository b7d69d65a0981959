package dev.quarry.quotes.speakers;

import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteFinder;
import dev.quarry.quotes.QuoteType;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SourceAppositionTest {

    private static Quote only(String text) {
        return only(text, java.util.Map.of());
    }

    private static Quote only(String text, java.util.Map<String, String> tags) {
        AnnotatedArticle article = TestAnnotator.annotate("a1", text, tags);
        List<Quote> quotes = new SpeakerResolver().resolve(article, new QuoteFinder().find(article));
        assertEquals(1, quotes.size(), "quotes: " + quotes);
        Quote q = quotes.get(0);
        assertEquals(q.speakerMention(), text.substring(q.speakerStart(), q.speakerEnd()));
        return q;
    }

    @Test
    void aSourceAfterItsCueTakesInItsApposition() {
        Quote q = only("\"The dam will hold,\" said Arthur Lund, a civil engineer at the University of Bergen. He left.");
        assertEquals("Arthur Lund, a civil engineer at the University of Bergen", q.speakerMention());
        assertEquals("Arthur Lund", q.speaker());
    }

    @Test
    void aFullStopInsideAnAbbreviationDoesNotEndIt() {
        Quote q = only("\"The dam will hold,\" said Arthur Lund, a former C.I.A. analyst.");
        assertEquals("Arthur Lund, a former C.I.A. analyst", q.speakerMention());
    }

    @Test
    void anAppositionFollowedByMoreKeepsItsComma() {
        Quote q = only("\"The dam will hold,\" said Arthur Lund, head of the dam board, in a statement.");
        assertEquals("Arthur Lund, head of the dam board,", q.speakerMention());
    }

    @Test
    void aParticipleIsNoApposition() {
        assertEquals("Arthur Lund", only("\"The dam will hold,\" said Arthur Lund, smiling at the crowd.").speakerMention());
    }

    @Test
    void aRelativeClauseAfterTheCueIsPartOfTheSource() {
        Quote q = only("\"The dam will hold,\" said Arthur Lund, who built it in 1990.");
        assertEquals("Arthur Lund, who built it in 1990", q.speakerMention());
        assertEquals("Arthur Lund", q.speaker());
    }

    @Test
    void anAgeAndWhatFollowsItArePartOfTheSource() {
        assertEquals("Carla Ruiz, 41, a welder from Tromso",
                only("\"The dam will hold,\" said Carla Ruiz, 41, a welder from Tromso.").speakerMention());
        assertEquals("Carla Ruiz, 41, of Tromso", only("\"The dam will hold,\" said Carla Ruiz, 41, of Tromso.").speakerMention());
        assertEquals("Carla Ruiz, 41", only("\"The dam will hold,\" said Carla Ruiz, 41.").speakerMention());
    }

    @Test
    void aFormerPostOrACapitalisedTitleIsPartOfTheSource() {
        assertEquals("Arthur Lund, then mayor of Bergen",
                only("\"The dam will hold,\" said Arthur Lund, then mayor of Bergen.").speakerMention());
        assertEquals("Ola Berg, Democrat of Oslo",
                only("\"The dam will hold,\" said Ola Berg, Democrat of Oslo.", java.util.Map.of("Democrat", "NNP")).speakerMention());
        // untagged, a capital after the comma may be a place or a second name: left alone
        assertEquals("Ola Berg", only("\"The dam will hold,\" said Ola Berg, Democrat of Oslo.").speakerMention());
    }

    @Test
    void aCommonNounSourceTakesInItsComplement() {
        Quote q = only("\"The dam will hold,\" said a longtime adviser to the mayor, in a statement.",
                java.util.Map.of("adviser", "NN"));
        assertEquals("a longtime adviser to the mayor", q.speakerMention());
        // a name is not a common noun: "said Arthur Lund in a statement" keeps the name alone
        assertEquals("Arthur Lund", only("\"The dam will hold,\" said Arthur Lund in a statement.",
                java.util.Map.of("Lund", "NNP")).speakerMention());
    }

    @Test
    void aSourceBeforeItsCueKeepsTheCommaThatClosesItsApposition() {
        Quote q = only("\"The dam will hold,\" Arthur Lund, head of the dam board, said.");
        assertEquals("Arthur Lund, head of the dam board,", q.speakerMention());
        assertEquals("Arthur Lund", q.speaker());
    }

    @Test
    void aSourceBeforeItsCueWithoutAnAppositionIsLeftAsItIs() {
        String text = "Arthur Lund, a civil engineer, said the dam would hold.";
        AnnotatedArticle article = TestAnnotator.annotate("a1", text);
        int cue = text.indexOf("said");
        int content = text.indexOf("the dam");
        Quote q = new Quote("a1", "the dam would hold", content, content + 18, QuoteType.INDIRECT, "said", cue, cue + 4,
                "Arthur Lund", 0, 11, null, null, null, 0.9, 0, null, "test");
        assertSame(q, SourceApposition.extend(article, q));
    }
}
