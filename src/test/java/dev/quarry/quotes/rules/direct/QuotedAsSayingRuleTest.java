package dev.quarry.quotes.rules.direct;

import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class QuotedAsSayingRuleTest {

    private final QuotedAsSayingRule rule = new QuotedAsSayingRule();

    @Test
    void theOneQuotedIsTheSpeakerNotTheOneQuoting() {
        DirectContext c = RuleFixtures.quoted("\"We will rebuild the pier,\" the Gazette quoted Mayor Varga as saying.", 0);
        Attribution a = rule.apply(c).found();
        assertEquals("Mayor Varga", a.speaker().of(c.text()));
        assertEquals("quoted", a.cue().of(c.text()));
    }

    @Test
    void thePassiveCueRunsFromTheAuxiliaryToSaying() {
        DirectContext c = RuleFixtures.quoted("\"We will rebuild the pier,\" Varga was quoted as saying.", 0);
        Attribution a = rule.apply(c).found();
        assertEquals("Varga", a.speaker().of(c.text()));
        assertEquals("was quoted as saying", a.cue().of(c.text()));
        assertEquals(QuotedAsSayingRule.NAME, a.rule());
    }

    @Test
    void anotherCueIsNotThisRules() {
        assertFalse(rule.apply(RuleFixtures.quoted("\"We will rebuild the pier,\" Varga said.", 0)).claims());
    }
}
