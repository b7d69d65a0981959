package dev.quarry.quotes.rules.direct;

import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class CueThenSpeakerRuleTest {

    private final CueThenSpeakerRule rule = new CueThenSpeakerRule();

    @Test
    void theSpeakerAfterTheCueEndsAtTheApposition() {
        DirectContext c = RuleFixtures.quoted("\"The pier is safe for every boat,\" said Tomas Lind, the harbour master.", 0);
        Attribution a = rule.apply(c).found();
        assertEquals("said", a.cue().of(c.text()));
        assertEquals("Tomas Lind", a.speaker().of(c.text()));
        assertEquals(CueThenSpeakerRule.NAME, a.rule());
    }

    @Test
    void aSpeakerBeforeTheCueIsNotThisRules() {
        assertFalse(rule.apply(RuleFixtures.quoted("\"The pier is safe for every boat,\" Tomas Lind said.", 0)).claims());
    }
}
