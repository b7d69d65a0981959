package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassiveReportRuleTest {

    private final PassiveReportRule rule = new PassiveReportRule();

    @Test
    void isExpectedToAttributesTheClauseToNoNamedSource() {
        SentenceContext s = RuleFixtures.sentenceWith("The board is expected to approve the contract next week.", "expected");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "expected")).found();
        assertEquals("The board is expected to approve the contract next week", RuleFixtures.text(s, c.content()));
        assertEquals("is expected", RuleFixtures.text(s, c.cue()));
        assertNull(c.speaker());
        assertEquals(PassiveReportRule.NAME, c.rule());
    }

    @Test
    void anActiveVerbIsNotAPassiveReport() {
        SentenceContext s = RuleFixtures.sentenceWith("The board expected a long meeting.", "expected");
        assertFalse(rule.apply(s, RuleFixtures.indexOf(s, "expected")).claims());
    }
}
