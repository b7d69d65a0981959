package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClosingCueRuleTest {

    private final ClosingCueRule rule = new ClosingCueRule();

    @Test
    void theAttributionClosesTheSentence() {
        SentenceContext s = RuleFixtures.sentenceWith("The pier is safe for every boat, Varga said.", "said");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "said")).found();
        assertEquals("The pier is safe for every boat", RuleFixtures.text(s, c.content()));
        assertEquals("Varga", RuleFixtures.text(s, c.speaker()));
        assertEquals(ClosingCueRule.NAME, c.rule());
    }

    @Test
    void anInvertedAttributionClosesTheSentence() {
        SentenceContext s = RuleFixtures.sentenceWith("The pier is safe for every boat, said Tomas Lind.", "said");
        assertEquals("Tomas Lind", RuleFixtures.text(s, rule.apply(s, RuleFixtures.indexOf(s, "said")).found().speaker()));
    }

    @Test
    void contentGoesOnAfterASecondComma() {
        SentenceContext s = RuleFixtures.sentenceWith("The old pier, Varga said, is not safe for any boat.", "said");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "said")).found();
        assertEquals("The old pier, Varga said, is not safe for any boat", RuleFixtures.text(s, c.content()));
    }

    @Test
    void anAttributionOpeningTheSentenceIsNotThisRules() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga said the pier is safe for every boat.", "said");
        assertFalse(rule.apply(s, RuleFixtures.indexOf(s, "said")).claims());
    }
}
