package dev.quarry.quotes.rules.direct;

import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TranscriptTurnRuleTest {

    private final TranscriptTurnRule rule = new TranscriptTurnRule();

    @Test
    void aNameInCapitalsAndAColonOpeningTheQuoteIsItsSpeaker() {
        DirectContext c = RuleFixtures.quoted("\"VARGA: We will reopen the pier in May.\"", 0);
        Attribution a = rule.apply(c).found();
        assertEquals("VARGA", a.speaker().of(c.text()));
        assertEquals(":", a.cue().of(c.text()));
        assertEquals(c.text().indexOf("We"), a.end(), "the quote starts after the turn");
    }

    @Test
    void anOrdinaryQuoteIsNotATurn() {
        assertFalse(rule.apply(RuleFixtures.quoted("\"We will reopen the pier in May: the board agrees.\"", 0)).claims());
    }

    @Test
    void aFootnoteLabelIsNoSpeaker() {
        assertFalse(rule.apply(RuleFixtures.quoted("\"NOTE: Results include acquired bottling companies.\"", 0)).claims());
    }
}
