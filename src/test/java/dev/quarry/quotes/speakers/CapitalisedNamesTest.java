package dev.quarry.quotes.speakers;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Lexicon;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CapitalisedNamesTest {

    private static final CapitalisedNames NAMES = new CapitalisedNames(Lexicon.load(Lexicon.TITLES), Lexicon.load(Lexicon.NAME_STOPWORDS));

    private static List<String> names(String text) {
        AnnotatedArticle article = TestAnnotator.annotate("t", text);
        return NAMES.find(article).stream().map(CapitalisedNames.CapitalisedName::name).toList();
    }

    @Test
    void aNegatedVerbOpeningASentenceIsNoName() {
        assertEquals(List.of("Bush"), names("Don't blame Bush."));
        assertEquals(List.of("Ray Osei"), names("Won\u2019t Ray Osei come?"));
    }

    @Test
    void titlesBeforeANameAreItsRolesNotItsWords() {
        AnnotatedArticle article = TestAnnotator.annotate("t", "Yesterday Defence Minister Kim Tae-ho spoke.");
        CapitalisedNames.CapitalisedName kim = NAMES.find(article).stream().filter(n -> n.name().contains("Kim")).findFirst().orElseThrow();
        assertEquals("Kim Tae-ho", kim.name());
        assertEquals(true, kim.roles().contains("minister"), kim.roles().toString());
    }
}
