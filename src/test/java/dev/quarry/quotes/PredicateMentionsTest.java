package dev.quarry.quotes;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A speaker mention that is the clause's predicate gives way to the clause's subject. */
class PredicateMentionsTest {

    private final PredicateMentions mentions = new PredicateMentions();

    private static Quote quote(String text, String mention, String content) {
        return quote(text, mention, content, "saying");
    }

    /** An indirect quote of article "a1" with its content, mention and cue at their first occurrences in {@code text}. */
    static Quote quote(String text, String mention, String content, String cue) {
        int b = text.indexOf(content);
        int s = text.indexOf(mention);
        int c = text.indexOf(cue);
        return new Quote("a1", content, b, b + content.length(), QuoteType.INDIRECT, cue, c, c + cue.length(),
                mention, s, s + mention.length(), null, null, null, 0.9, 0, List.of(new Span(b, b + content.length())), "test");
    }

    private String corrected(String text, Map<String, String> tags, String mention, String content) {
        AnnotatedArticle a = TestAnnotator.annotate("a1", text, tags);
        Quote q = mentions.correct(a, quote(text, mention, content));
        assertEquals(q.speakerMention(), text.substring(q.speakerStart(), q.speakerEnd()));
        return q.speakerMention();
    }

    @Test
    void theSubjectOfTheVerbReplacesThePredicate() {
        String text = "Conservative leader Richard Viguerie endorsed Cruz last week, saying he is the one.";
        assertEquals("Conservative leader Richard Viguerie", corrected(text, Map.of("endorsed", "VBD"), "endorsed Cruz last week", "he is the one"));
        // An adverb may stand before the verb.
        String warren = "Warren officially endorsed Clinton, saying she is a fighter.";
        assertEquals("Warren", corrected(warren, Map.of("officially", "RB", "endorsed", "VBD"), "officially endorsed Clinton", "she is a fighter"));
    }

    @Test
    void theSubjectMayStandBeforeAnAppositionOrAPartyTag() {
        String text = "Morton Blackwell, founder of the institute, endorsed Cruz last week, saying he is the one.";
        assertEquals("Morton Blackwell", corrected(text, Map.of("endorsed", "VBD"), "endorsed Cruz last week", "he is the one"));
        String tag = "Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying it was wrong.";
        assertEquals("Rep. Hakeem Jeffries (D-N.Y.)", corrected(tag, Map.of("reacted", "VBD"), "reacted to the news", "it was wrong"));
    }

    @Test
    void aRelativePronounForAThingIsNoSubject() {
        String text = "He spoke of self-deportation, which was maniacal, adding that it failed.";
        AnnotatedArticle a = TestAnnotator.annotate("a1", text, Map.of("was", "VBD", "spoke", "VBD"));
        Quote q = mentions.correct(a, quote(text, "was maniacal", "it failed", "adding"));
        assertEquals(null, q.speakerMention());
    }

    @Test
    void aMentionThatIsNoPredicateStays() {
        String text = "Retired neurosurgeon Ben Carson said the plan works.";
        Map<String, String> tags = Map.of("Retired", "VBD", "said", "VBD");
        assertEquals("Retired neurosurgeon Ben Carson", corrected(text, tags, "Retired neurosurgeon Ben Carson", "the plan works"));
        // After its quote, a leading verb form is a modifier, not a predicate.
        String after = "\"It works,\" said retired neurosurgeon Ben Carson, asked about it.";
        Quote q = quote(after, "retired neurosurgeon Ben Carson", "It works,", "said");
        AnnotatedArticle a = TestAnnotator.annotate("a1", after, Map.of("retired", "VBD", "said", "VBD"));
        assertSame(q, mentions.correct(a, q));
    }

    @Test
    void aPredicateWithoutASubjectBeforeItNamesNoOne() {
        String text = "The senator appeared on the show and officially endorsed Clinton, saying she is a fighter.";
        AnnotatedArticle a = TestAnnotator.annotate("a1", text, Map.of("appeared", "VBD", "officially", "RB", "endorsed", "VBD"));
        Quote q = mentions.correct(a, quote(text, "officially endorsed Clinton", "she is a fighter"));
        assertEquals(null, q.speakerMention());
        assertEquals(null, q.speakerStart());
    }
}
