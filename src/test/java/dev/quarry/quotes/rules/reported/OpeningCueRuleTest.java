package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.RuleFixtures;
import dev.quarry.quotes.rules.SentenceContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningCueRuleTest {

    private final OpeningCueRule rule = new OpeningCueRule();

    @Test
    void theContentFollowsTheCuePastATimePhrase() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga said on Monday that the pier would reopen in May.", "said");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "said")).found();
        assertEquals("that the pier would reopen in May", RuleFixtures.text(s, c.content()));
        assertEquals("Varga", RuleFixtures.text(s, c.speaker()));
        assertEquals(OpeningCueRule.NAME, c.rule());
    }

    @Test
    void aParticipleTakesTheSubjectOfTheMainClause() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga defended the plan, adding that the pier would reopen in May.", "adding");
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "adding")).found();
        assertEquals("Varga", RuleFixtures.text(s, c.speaker()));
        assertEquals("that the pier would reopen in May", RuleFixtures.text(s, c.content()));
    }

    @Test
    void aParticipleTakesTheSubjectOfTheClauseItHangsFromNotTheSentencesFirstName() {
        SentenceContext s = RuleFixtures.taggedSentenceWith(
                "On Tuesday, even as shares of Harbourline fell, Mr. Haddad wrote to investors, telling them that the fund was sound.",
                "telling", Map.of("fell", "VBD", "wrote", "VBD"));
        ReportedCandidate c = rule.apply(s, RuleFixtures.indexOf(s, "telling")).found();
        assertEquals("Mr. Haddad", RuleFixtures.text(s, c.speaker()));
    }

    @Test
    void tooShortAContentIsClaimedButNoAttribution() {
        SentenceContext s = RuleFixtures.sentenceWith("Varga said yes.", "said");
        var o = rule.apply(s, RuleFixtures.indexOf(s, "said"));
        assertTrue(o.claims());
        assertNull(o.found());
    }
}
