package dev.quarry.quotes.rules.direct;

import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SpeakerThenCueRuleTest {

    private final SpeakerThenCueRule rule = new SpeakerThenCueRule();

    @Test
    void theSpeakerBeforeTheCueWithoutItsTimePhrase() {
        DirectContext c = RuleFixtures.quoted("\"The harbour will reopen next spring,\" Mayor Ellen Varga on Monday said.", 0);
        Attribution a = rule.apply(c).found();
        assertEquals("Mayor Ellen Varga", a.speaker().of(c.text()));
        assertEquals("said", a.cue().of(c.text()));
        assertEquals(SpeakerThenCueRule.NAME, a.rule());
    }

    @Test
    void anAuxiliaryBeforeTheCueIsNotPartOfTheSpeaker() {
        DirectContext c = RuleFixtures.quoted("\"The harbour will reopen next spring,\" the mayor has repeatedly said.", 0);
        assertEquals("the mayor", rule.apply(c).found().speaker().of(c.text()));
    }

    @Test
    void aCueRightAfterTheMarkIsNotThisRules() {
        assertFalse(rule.apply(RuleFixtures.quoted("\"The harbour will reopen next spring,\" said the mayor.", 0)).claims());
    }
}
