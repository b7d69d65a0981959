package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PollSourceRuleTest {

    private final PollSourceRule rule = new PollSourceRule();

    @Test
    void aFindingFramedByThePollAfterIt() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga has a clear lead in a Harbour Gazette poll released Monday.", "in");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "in")).found();
        assertEquals("Varga has a clear lead", RuleFixtures.text(s, c.content()));
        assertEquals("a Harbour Gazette poll", RuleFixtures.text(s, c.speaker()));
        assertEquals("in", RuleFixtures.text(s, c.cue()));
        assertTrue(c.broad(), "a speech cue over the same statement wins");
        assertEquals(PollSourceRule.NAME, c.rule());
    }

    @Test
    void aPollOpeningTheSentence() {
        SentenceContext s = RuleFixtures.sentenceWith("In the latest island survey, most voters backed the new pier.", "In");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "In")).found();
        assertEquals("most voters backed the new pier", RuleFixtures.text(s, c.content()));
        assertEquals("the latest island survey", RuleFixtures.text(s, c.speaker()));
    }

    @Test
    void goingToThePollsIsVotingNotAPoll() {
        SentenceContext s = RuleFixtures.sentenceWith("Most voters in five towns going to the polls on Tuesday back the pier.", "in");
        assertFalse(rule.apply(s, RuleFixtures.indexOf(s, "in")).claims());
    }

    @Test
    void inWithoutAPollIsNotThisRules() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga has a clear lead in the harbour ward this spring.", "in");
        assertFalse(rule.apply(s, RuleFixtures.indexOf(s, "in")).claims());
    }
}
