package dev.quarry.quotes.rules.direct;

import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashSignatureRuleTest {

    private final DashSignatureRule rule = new DashSignatureRule();

    @Test
    void aNameAfterADashSignsTheQuote() {
        DirectContext c = RuleFixtures.quoted("\"The ferry was late again and nobody told us why.\" \u2015 Carla Sanchez", 0);
        Attribution a = rule.apply(c).found();
        assertEquals("Carla Sanchez", a.speaker().of(c.text()));
        assertEquals("\u2015", a.cue().of(c.text()));
        assertEquals(DashSignatureRule.NAME, a.rule());
    }

    @Test
    void aDashThatGoesOnIntoAClauseIsClaimedButSignsNothing() {
        Outcome<Attribution> o = rule.apply(RuleFixtures.quoted("\"The ferry was late again.\" \u2014 and then the bus broke down.", 0));
        assertTrue(o.claims());
        assertNull(o.found());
    }

    @Test
    void aHyphenIsNotASignature() {
        Outcome<Attribution> o = rule.apply(RuleFixtures.quoted("\"The ferry was late again.\" - Carla Sanchez, Harbour Gazette", 0));
        assertFalse(o.claims(), "only long dashes sign a quote");
    }
}
