package dev.quarry.quotes.speakers;

import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PronounContractionTest {

    @Test
    void aPronounLosesItsContractedVerb() {
        String text = "He\u2019s predicting a win. She's sure. Lund's plan.";
        assertEquals(2, PronounContraction.pronounEnd(text, 0, 4));
        int she = text.indexOf("She's");
        assertEquals(she + 3, PronounContraction.pronounEnd(text, she, she + 5));
    }

    @Test
    void aNameKeepsItsPossessive() {
        String text = "Lund's plan.";
        assertEquals(6, PronounContraction.pronounEnd(text, 0, 6));
    }

    @Test
    void theQuoteKeepsEverythingButTheMention() {
        String text = "He\u2019s predicting a win in Bergen.";
        Quote q = new Quote("a1", "a win in Bergen", 17, 32, QuoteType.INDIRECT, "predicting", 5, 15,
                "He\u2019s", 0, 4, null, null, null, 0.7, 0, null, "test");
        Quote trimmed = PronounContraction.trim(text, q);
        assertEquals("He", trimmed.speakerMention());
        assertEquals(0, trimmed.speakerStart());
        assertEquals(2, trimmed.speakerEnd());
        assertEquals(q.cue(), trimmed.cue());
        Quote none = new Quote("a1", "a win in Bergen", 17, 32, QuoteType.INDIRECT, "predicting", 5, 15,
                null, null, null, null, null, null, 0.7, 0, null, "test");
        assertSame(none, PronounContraction.trim(text, none));
    }
}
