package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhrasalCueRuleTest {

    private final PhrasalCueRule rule = new PhrasalCueRule();

    @Test
    void theCueIsTheWordAndItsPreposition() {
        SentenceContext s = RuleFixtures.sentenceWith("The board members call for a new pier.", "call");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "call")).found();
        assertEquals("call for", RuleFixtures.text(s, c.cue()));
        assertEquals("a new pier", RuleFixtures.text(s, c.content()));
        assertEquals("The board members", RuleFixtures.text(s, c.speaker()));
        assertTrue(rule.fallback(), "asked even about a word an earlier rule claimed");
    }

    @Test
    void anotherPrepositionIsNotThisRules() {
        SentenceContext s = RuleFixtures.sentenceWith("The board members call on Monday.", "call");
        assertFalse(rule.apply(s, RuleFixtures.indexOf(s, "call")).claims());
    }
}
