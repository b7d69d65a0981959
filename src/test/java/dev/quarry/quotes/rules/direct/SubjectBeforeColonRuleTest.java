package dev.quarry.quotes.rules.direct;

import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SubjectBeforeColonRuleTest {

    private final SubjectBeforeColonRule rule = new SubjectBeforeColonRule();

    @Test
    void theSubjectOfTheIntroducingClauseIsTheSpeaker() {
        DirectContext c = RuleFixtures.quoted("Varga delivered a sharp reply: \"The pier stays open.\"", 0);
        Attribution a = rule.apply(c).found();
        assertEquals("Varga", a.speaker().of(c.text()));
        assertEquals(SubjectBeforeColonRule.NAME, a.rule());
    }

    @Test
    void aPronounSubjectCountsToo() {
        DirectContext c = RuleFixtures.quoted("Then she boomed: \"The pier stays open.\"", 0);
        assertEquals("she", rule.apply(c).found().speaker().of(c.text()));
    }

    @Test
    void noSubjectNoAttribution() {
        assertFalse(rule.apply(RuleFixtures.quoted("Then the crowd waited: \"Open the pier now.\"", 0)).claims());
    }
}
