package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportedlyRuleTest {

    private final ReportedlyRule rule = new ReportedlyRule();

    @Test
    void theWholeClauseWithNoNamedSource() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga reportedly told aides that the pier would close.", "reportedly");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "reportedly")).found();
        assertEquals("Varga reportedly told aides that the pier would close", RuleFixtures.text(s, c.content()));
        assertNull(c.speaker());
        assertEquals(ReportedlyRule.NAME, c.rule());
    }

    @Test
    void otherWordsAreNotThisRules() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga told aides that the pier would close.", "told");
        assertFalse(rule.apply(s, RuleFixtures.indexOf(s, "told")).claims());
    }
}
