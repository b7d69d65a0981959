package dev.quarry.quotes.rules.direct;

import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AccordingToAfterRuleTest {

    private final AccordingToAfterRule rule = new AccordingToAfterRule();

    @Test
    void theSourceFollowsAccordingTo() {
        DirectContext c = RuleFixtures.quoted("\"The pier is safe for every boat,\" according to Tomas Lind, the harbour master.", 0);
        Attribution a = rule.apply(c).found();
        assertEquals("according to", a.cue().of(c.text()));
        assertEquals("Tomas Lind", a.speaker().of(c.text()));
        assertEquals(AccordingToAfterRule.NAME, a.rule());
    }

    @Test
    void anOrdinaryCueAfterTheMarkIsNotThisRules() {
        assertFalse(rule.apply(RuleFixtures.quoted("\"The pier is safe for every boat,\" the captain said.", 0)).claims());
    }
}
