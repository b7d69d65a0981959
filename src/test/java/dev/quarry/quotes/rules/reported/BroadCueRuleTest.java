package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BroadCueRuleTest {

    private final BroadCueRule rule = new BroadCueRule();

    @Test
    void aStanceWithItsSubject() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga criticized the board for the long delay.", "criticized");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "criticized")).found();
        assertEquals("the board for the long delay", RuleFixtures.text(s, c.content()));
        assertEquals("Varga", RuleFixtures.text(s, c.speaker()));
        assertTrue(c.broad());
        assertEquals(BroadCueRule.NAME, c.rule());
    }

    @Test
    void aPassiveIsClaimedButNoAttribution() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga was criticized by the board.", "criticized");
        var o = rule.apply(s, RuleFixtures.indexOf(s, "criticized"));
        assertTrue(o.claims());
        assertNull(o.found());
    }
}
