package dev.quarry.quotes.text;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.TestAnnotator;
import dev.quarry.text.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The subject a participle or a second verb of a sentence takes ("..., saying that ..."). */
class SpeakerPhrasesTest {

    private static String subject(String text, Map<String, String> tags, String before) {
        AnnotatedArticle a = TestAnnotator.annotate("t", text, tags);
        List<Token> tokens = a.tokens();
        int limit = 0;
        while (!tokens.get(limit).text().equals(before)) {
            limit++;
        }
        Span s = SpeakerPhrases.sentenceSubject(tokens, limit);
        return s == null ? null : s.of(text);
    }

    @Test
    void aDatelineIsNotTheSubject() {
        assertEquals("Mara Dunn", subject("WASHINGTON — Mara Dunn criticized the deal on Wednesday, saying that it would cost jobs.", Map.of(), "saying"));
        assertEquals("Mara Dunn", subject("LOS ANGELES (AP) — Mara Dunn left early, saying that the talks had failed.", Map.of(), "saying"));
    }

    @Test
    void aPartyAndATitleBeforeANameArePartOfTheSubject() {
        Map<String, String> tags = Map.of("presidential", "JJ", "candidate", "NN", "criticized", "VBD");
        assertEquals("Republican presidential candidate Mara Dunn",
                subject("Republican presidential candidate Mara Dunn criticized the deal, saying that it would cost jobs.", tags, "saying"));
        // Without tags nothing says the lower-case words are a title: the capitalised run alone.
        assertEquals("Republican", subject("Republican presidential candidate Mara Dunn criticized the deal, saying it failed.", Map.of(), "saying"));
    }
}
