package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerbCueRuleTest {

    private static final String TEXT = "They want to rebuild the old pier.";
    private final VerbCueRule rule = new VerbCueRule();

    @Test
    void aVerbCueTaggedAsAVerb() {
        SentenceContext s = RuleFixtures.taggedSentenceWith(TEXT, "want", java.util.Map.of("want", "VBP"));
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "want")).found();
        assertEquals("to rebuild the old pier", RuleFixtures.text(s, c.content()));
        assertEquals("They", RuleFixtures.text(s, c.speaker()));
        assertEquals(VerbCueRule.NAME, c.rule());
    }

    @Test
    void untaggedItIsNotACue() {
        SentenceContext s = RuleFixtures.sentenceWith(TEXT, "want");
        assertFalse(rule.apply(s, RuleFixtures.indexOf(s, "want")).claims());
    }
}
