package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueNounRuleTest {

    private final CueNounRule rule = new CueNounRule();

    @Test
    void aPossessivePronounOwnsTheClaim() {
        SentenceContext s = RuleFixtures.sentenceWith("His claim that the pier is safe surprised the board.", "claim");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "claim")).found();
        assertEquals("His", RuleFixtures.text(s, c.speaker()));
        assertTrue(RuleFixtures.text(s, c.content()).startsWith("that the pier is safe"));
        assertEquals(CueNounRule.NAME, c.rule());
    }

    @Test
    void aNameWithAPossessiveOwnsTheClaim() {
        SentenceContext s = RuleFixtures.sentenceWith("Mayor Varga's claim that the pier is safe surprised the board.", "claim");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "claim")).found();
        assertEquals("Mayor Varga's", RuleFixtures.text(s, c.speaker()));
    }

    @Test
    void aClaimWithNoOwnerIsNoAttribution() {
        SentenceContext s = RuleFixtures.sentenceWith("The claim that the pier is safe surprised the board.", "claim");
        var o = rule.apply(s, RuleFixtures.indexOf(s, "claim"));
        assertTrue(o.claims());
        assertNull(o.found());
    }
}
