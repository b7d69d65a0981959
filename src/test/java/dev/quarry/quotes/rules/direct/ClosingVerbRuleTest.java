package dev.quarry.quotes.rules.direct;

import dev.quarry.text.TestAnnotator;
import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.Rule;
import dev.quarry.quotes.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClosingVerbRuleTest {

    private static final String TEXT = "\"The pier is not safe for anyone,\" Bennett shot back.";
    private final ClosingVerbRule rule = new ClosingVerbRule();

    @Test
    void aVerbTaggedAsSuchThatClosesTheSentenceAttributesTheQuote() {
        DirectContext c = RuleFixtures.quoted(TestAnnotator.annotate("t", TEXT, Map.of("shot", "VBD")), 0);
        Attribution a = rule.apply(c).found();
        assertEquals("shot", a.cue().of(c.text()));
        assertEquals("Bennett", a.speaker().of(c.text()));
        assertEquals(ClosingVerbRule.NAME, a.rule());
    }

    @Test
    void aTimePhraseMayStandBetweenTheVerbAndTheSentenceEnd() {
        DirectContext c = RuleFixtures.quoted(TestAnnotator.annotate("t",
                "\"They were never serious about the pier,\" Bennett fumed on Tuesday.", Map.of("fumed", "VBD")), 0);
        Attribution a = rule.apply(c).found();
        assertNotNull(a, "no attribution");
        assertEquals("fumed", a.cue().of(c.text()));
        assertEquals("Bennett", a.speaker().of(c.text()));
    }

    @Test
    void withoutTagsNothingIsFound() {
        assertTrue(rule.needs().contains(Rule.Need.POS));
        assertFalse(rule.apply(RuleFixtures.quoted(TEXT, 0)).claims());
    }
}
