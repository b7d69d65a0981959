package dev.quarry.quotes.rules.direct;

import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueBeforeMarkRuleTest {

    private final CueBeforeMarkRule rule = new CueBeforeMarkRule();

    @Test
    void aSubjectAndCueIntroduceTheQuote() {
        DirectContext c = RuleFixtures.quoted("Mayor Ellen Varga said: \"The harbour will reopen next spring.\"", 0);
        Attribution a = rule.apply(c).found();
        assertEquals("Mayor Ellen Varga", a.speaker().of(c.text()));
        assertEquals("said", a.cue().of(c.text()));
        assertTrue(a.introducesUtterance());
        assertEquals(CueBeforeMarkRule.NAME, a.rule());
    }

    @Test
    void aParticipleAfterUponLeavesTheSpeakerToTheClausesSubject() {
        DirectContext c = RuleFixtures.quoted("The crowd booed him upon saying, \"We will close the pier.\"", 0);
        Attribution a = rule.apply(c).found();
        assertEquals("saying", a.cue().of(c.text()));
        assertNull(a.speaker());
    }

    @Test
    void noCueBeforeTheMarkIsNoAttribution() {
        assertNull(rule.apply(RuleFixtures.quoted("The harbour will reopen, a \"new dawn\" for the town.", 0)).found());
    }
}
