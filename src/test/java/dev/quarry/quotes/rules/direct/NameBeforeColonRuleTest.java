package dev.quarry.quotes.rules.direct;

import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameBeforeColonRuleTest {

    private final NameBeforeColonRule rule = new NameBeforeColonRule();

    @Test
    void capitalisedWordsOpeningTheirClauseBeforeTheColonAreTheSpeaker() {
        DirectContext c = RuleFixtures.quoted("The view from the pier - Tomas Lind: \"The pier is safe for every boat.\"", 0);
        Attribution a = rule.apply(c).found();
        assertEquals("Tomas Lind", a.speaker().of(c.text()));
        assertTrue(a.cue().isEmpty(), "no word cues the quote");
        assertEquals(NameBeforeColonRule.NAME, a.rule());
    }

    @Test
    void aLowerCaseWordBeforeTheColonIsNoName() {
        assertFalse(rule.apply(RuleFixtures.quoted("Lind was blunt about it: \"The pier is safe for every boat.\"", 0)).claims());
    }
}
