package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccordingToRuleTest {

    private final AccordingToRule rule = new AccordingToRule();

    @Test
    void theSourceBeforeTheContent() {
        SentenceContext s = RuleFixtures.sentenceWith("According to the harbour board, the pier will reopen in May.", "According");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "According")).found();
        assertEquals("the pier will reopen in May", RuleFixtures.text(s, c.content()));
        assertEquals("the harbour board", RuleFixtures.text(s, c.speaker()));
        assertEquals("According to", RuleFixtures.text(s, c.cue()));
        assertEquals(AccordingToRule.NAME, c.rule());
    }

    @Test
    void theSourceAfterTheContent() {
        SentenceContext s = RuleFixtures.sentenceWith("The pier will reopen in May, according to the harbour board.", "according");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "according")).found();
        assertEquals("The pier will reopen in May", RuleFixtures.text(s, c.content()));
    }

    @Test
    void variesAccordingToIsClaimedButNoAttribution() {
        SentenceContext s = RuleFixtures.sentenceWith("Ferry prices vary according to the season.", "according");
        var o = rule.apply(s, RuleFixtures.indexOf(s, "according"));
        assertTrue(o.claims());
        assertNull(o.found());
    }
}
