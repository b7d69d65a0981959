package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParentheticalCueRuleTest {

    private final ParentheticalCueRule rule = new ParentheticalCueRule();

    @Test
    void anAttributionSetOffByCommasInsideOneLongStatement() {
        SentenceContext s = RuleFixtures.sentenceWith(
                "In the long run, many economists say, the new pier could bring more visitors to the town.", "say");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "say")).found();
        assertEquals("In the long run, many economists say, the new pier could bring more visitors to the town",
                RuleFixtures.text(s, c.content()));
        assertEquals("many economists", RuleFixtures.text(s, c.speaker()));
        assertEquals(ParentheticalCueRule.NAME, c.rule());
    }

    @Test
    void anAttributionOpeningTheSentenceIsNotThisRules() {
        SentenceContext s = RuleFixtures.sentenceWith("Many economists say the new pier could bring more visitors to the town.", "say");
        assertFalse(rule.apply(s, RuleFixtures.indexOf(s, "say")).claims());
    }
}
