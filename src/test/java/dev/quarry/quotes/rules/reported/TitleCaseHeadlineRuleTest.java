package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleCaseHeadlineRuleTest {

    private final TitleCaseHeadlineRule rule = new TitleCaseHeadlineRule();

    @Test
    void aCapitalisedCueInATitleCaseHeadline() {
        SentenceContext s = RuleFixtures.sentenceWith("Mayor Varga Says Pier Will Reopen In May\n\nThe board met.", "Mayor");
        ReportedCandidate c = rule.apply(s, -1).found();
        assertEquals("Says", RuleFixtures.text(s, c.cue()));
        assertEquals("Mayor Varga", RuleFixtures.text(s, c.speaker()));
        assertEquals("Pier Will Reopen In May", RuleFixtures.text(s, c.content()));
    }

    @Test
    void anOrdinarySentenceIsNoHeadline() {
        assertNull(RuleFixtures.findInSentence(rule, "Mayor Varga says the pier will reopen in May.", "Mayor"));
    }
}
