package dev.quarry.quotes;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A speaker mention that is a preposition's object closing an apposition gives way to the cue's subject. */
class PrepositionObjectMentionsTest {

    private final PrepositionObjectMentions mentions = new PrepositionObjectMentions();

    private String corrected(String text, String mention, String content) {
        AnnotatedArticle a = TestAnnotator.annotate("a1", text, Map.of("to", "TO", "of", "IN", "by", "IN"));
        Quote q = mentions.correct(a, PredicateMentionsTest.quote(text, mention, content, "said"));
        assertEquals(q.speakerMention(), text.substring(q.speakerStart(), q.speakerEnd()));
        return q.speakerMention();
    }

    @Test
    void theSubjectBeforeTheAppositionReplacesThePrepositionsObject() {
        String text = "Even Norland, Estovia's only ally and its lifeline to the outside world, said it was opposed to the test.";
        assertEquals("Even Norland", corrected(text, "the outside world,", "it was opposed to the test"));
    }

    @Test
    void aMentionThatIsWhoSpokeOrClosesNoAppositionStays() {
        String by = "A report, written in May by the Lisbon Council, said rents would rise.";
        assertEquals("the Lisbon Council,", corrected(by, "the Lisbon Council,", "rents would rise"));
        String noComma = "Even Norland, Estovia's only ally and its lifeline to the outside world said it was opposed to the test.";
        assertEquals("the outside world", corrected(noComma, "the outside world", "it was opposed to the test"));
    }
}
