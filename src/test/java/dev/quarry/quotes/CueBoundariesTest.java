package dev.quarry.quotes;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The shipped convention tables, on sentences written for the test. */
class CueBoundariesTest {

    private final QuoteLexicons lexicons = QuoteLexicons.load();
    private final CueBoundaries boundaries = new CueBoundaries(lexicons.cueEnds(), lexicons.cueStarts());

    /** A quote whose cue is {@code cue} (its first occurrence), content {@code content}, speaker {@code speaker}. */
    private static Quote quote(String text, String speaker, String cue, String content) {
        int c = text.indexOf(cue);
        int b = text.indexOf(content, c);
        int s = text.indexOf(speaker);
        return new Quote("a1", content, b, b + content.length(), QuoteType.INDIRECT, cue, c, c + cue.length(),
                speaker, s, s + speaker.length(), null, null, null, 0.9, 0, List.of(new Span(b, b + content.length())), "test");
    }

    private String adjustedCue(String text, String speaker, String cue, String content) {
        Quote q = boundaries.adjust(text, quote(text, speaker, cue, content));
        assertEquals(q.cue(), text.substring(q.cueStart(), q.cueEnd()));
        return q.cue();
    }

    @Test
    void theColonAfterACueIsPartOfIt() {
        assertEquals("said:", adjustedCue("The mayor said: \"The bridge stays shut.\"", "The mayor", "said", "The bridge stays shut."));
        assertEquals("put it:", adjustedCue("As Ames put it: the plan is dead.", "Ames", "put it", "the plan is dead"));
    }

    @Test
    void aParticleTheConventionIncludesIsTakenIn() {
        assertEquals("referring to", adjustedCue("Ames was referring to the harbour tax.", "Ames", "referring", "the harbour tax"));
        assertEquals("called for", adjustedCue("Ames called for a new vote.", "Ames", "called", "a new vote"));
    }

    @Test
    void anAuxiliaryBeforeTheCueIsTakenIn() {
        assertEquals("has also said", adjustedCue("Ames has also said that the port will close.", "Ames", "said", "the port will close"));
    }

    @Test
    void wordsTheConventionLeavesOutAreGivenBack() {
        assertEquals("declined", adjustedCue("Ames declined to comment on the port.", "Ames", "declined to", "comment on the port"));
        assertEquals("said", adjustedCue("The port will close, he said on Monday.", "The port", "he said", "The port will close"));
    }

    @Test
    void neverIntoTheContentOrTheSpeaker() {
        assertEquals("referring", adjustedCue("Ames was referring to the harbour tax.", "Ames", "referring", "to the harbour tax"));
        // The speaker "Ames" stands where "has" would be taken in.
        String text = "Ames has said the port will close.";
        int c = text.indexOf("said");
        int b = text.indexOf("the port");
        Quote q = new Quote("a1", "the port will close", b, b + 19, QuoteType.INDIRECT, "said", c, c + 4,
                "Ames has", 0, 8, null, null, null, 0.9, 0, null, "test");
        assertEquals("said", boundaries.adjust(text, q).cue());
    }

    @Test
    void aCueTheConventionAgreesWithIsLeftAsItIs() {
        String text = "Ames said the port will close.";
        Quote q = quote(text, "Ames", "said", "the port will close");
        assertSame(q, boundaries.adjust(text, q));
    }

    @Test
    void theFinderAppliesTheConvention() {
        AnnotatedArticle article = TestAnnotator.annotate("a1", "Mayor Ellen Varga said: \"The harbour will reopen next spring.\"");
        List<Quote> quotes = new QuoteFinder().find(article);
        assertEquals(1, quotes.size());
        assertEquals("said:", quotes.get(0).cue());
    }
}
