package dev.quarry.quotes.rules.direct;

import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

    private static final Map<String, String> TAGS = Map.of("attacked", "VBD", "defended", "VBD", "quickly", "RB",
            "tried", "VBD", "inside", "IN");

    /** The cue and speaker the rule finds for the sentence's quotation, as "cue | speaker"; the words of TAGS tagged. */
    private String attributed(String sentence) {
        DirectContext c = RuleFixtures.quoted(TestAnnotator.annotate("t", sentence, TAGS), 0);
        Attribution a = rule.apply(c).found();
        return a.cue().of(c.text()) + " | " + (a.speaker() == null ? null : a.speaker().of(c.text()));
    }

    @Test
    void aParticipleAfterACommaHasTheSubjectOfTheClauseItHangsFromNotTheNounBeforeIt() {
        assertEquals("saying | Lena Varga", attributed(
                "During a speech in Ohio, Lena Varga attacked the council over the pier and the ferry, saying, \"It was reckless.\""));
    }

    @Test
    void anAdverbMayStandBetweenThatSubjectAndItsVerb() {
        assertEquals("saying | Mayor Omar Haddad", attributed("Mayor Omar Haddad quickly defended the plan, saying, \"We will reopen.\""));
    }

    @Test
    void aNameAfterAPrepositionIsNotThatSubject() {
        assertNotEquals("saying | Harbour Tower", attributed("One official inside Harbour Tower tried to play it down, saying, \"Nothing has changed.\""));
    }

    @Test
    void noCueBeforeTheMarkIsNoAttribution() {
        assertNull(rule.apply(RuleFixtures.quoted("The harbour will reopen, a \"new dawn\" for the town.", 0)).found());
    }
}
