package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AskedQuestionRuleTest {

    private final AskedQuestionRule rule = new AskedQuestionRule();

    @Test
    void theQuestionIsAttributedToNoNamedAsker() {
        SentenceContext s = RuleFixtures.sentenceWith("Asked whether the pier would reopen, Varga smiled.", "Asked");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "Asked")).found();
        assertEquals("whether the pier would reopen", RuleFixtures.text(s, c.content()));
        assertNull(c.speaker());
        assertEquals(AskedQuestionRule.NAME, c.rule());
    }

    @Test
    void askedForIsNoQuestion() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga asked for more time.", "asked");
        assertFalse(rule.apply(s, RuleFixtures.indexOf(s, "asked")).claims());
    }
}
