package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameColonHeadlineRuleTest {

    private final NameColonHeadlineRule rule = new NameColonHeadlineRule();

    @Test
    void aNameAndAColonOpeningTheParagraphAttributeTheRest() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga: The pier will reopen in May\n\nThe board met on Monday.", "Varga");
        ReportedCandidate c = rule.apply(s, -1).found();
        assertEquals("The pier will reopen in May", RuleFixtures.text(s, c.content()));
        assertEquals("Varga", RuleFixtures.text(s, c.speaker()));
        assertEquals(":", RuleFixtures.text(s, c.cue()));
        assertEquals(NameColonHeadlineRule.NAME, c.rule());
    }

    @Test
    void aMetadataLabelIsNoSpeaker() {
        assertNull(RuleFixtures.findInSentence(rule, "BYLINE: Ellen Varga and Tomas Lind\n\nThe board met.", "BYLINE"));
    }

    @Test
    void aLowerCaseWordBeforeTheColonIsNoName() {
        assertNull(RuleFixtures.findInSentence(rule, "The pier is open again: the board agreed on Monday.", "pier"));
    }
}
