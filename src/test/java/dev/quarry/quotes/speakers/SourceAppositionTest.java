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
        AnnotatedArticle article = TestAnnotator.annotate("a1", text);
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
    void aParticipleOrARelativeClauseIsNoApposition() {
        assertEquals("Arthur Lund", only("\"The dam will hold,\" said Arthur Lund, smiling at the crowd.").speakerMention());
        assertEquals("Arthur Lund", only("\"The dam will hold,\" said Arthur Lund, who built it.").speakerMention());
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
