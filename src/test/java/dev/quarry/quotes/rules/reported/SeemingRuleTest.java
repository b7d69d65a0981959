package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeemingRuleTest {

    private final SeemingRule rule = new SeemingRule();

    @Test
    void aClauseThatSeemsIsAttributedWhole() {
        SentenceContext s = RuleFixtures.sentenceWith("Enthusiasm for the new pier appears to have faded.", "appears");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "appears")).found();
        assertEquals("Enthusiasm for the new pier appears to have faded", RuleFixtures.text(s, c.content()));
        assertEquals(SeemingRule.NAME, c.rule());
    }

    @Test
    void itAppearsThatAttributesTheThatClause() {
        SentenceContext s = RuleFixtures.sentenceWith("It appears that the pier will close soon.", "appears");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "appears")).found();
        assertEquals("that the pier will close soon", RuleFixtures.text(s, c.content()));
    }

    @Test
    void appearingOnTelevisionIsNotSeeming() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga appeared on television last night.", "appeared");
        assertFalse(rule.apply(s, RuleFixtures.indexOf(s, "appeared")).claims());
    }
}
