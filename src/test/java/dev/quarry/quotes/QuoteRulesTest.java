package dev.quarry.quotes;

import dev.quarry.config.ConfigException;
import dev.quarry.config.ConfigLoader;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.TestAnnotator;
import dev.quarry.quotes.rules.direct.SpeakerThenCueRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteRulesTest {

    private static final String TEXT = "\"The harbour will reopen next spring,\" Mayor Ellen Varga said. "
            + "The board said on Monday that the old ferry would be sold before the summer.";

    @Test
    void theConfiguredDefaultIsEveryRuleInTheDefaultOrder() {
        assertEquals(QuoteRules.defaultOrder(), ConfigLoader.load(null, null, List.of()).quotes().rules());
    }

    @Test
    void anUnknownRuleNameIsAConfigurationErrorThatListsTheRules() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> QuoteRules.named(List.of("speaker-then-cue", "said-rule"), QuoteLexicons.load()));
        assertTrue(e.getMessage().contains("\"said-rule\"") && e.getMessage().contains("opening-cue"), e.getMessage());
    }

    @Test
    void aRuleLeftOutFindsNothing() {
        AnnotatedArticle article = TestAnnotator.annotate("a", TEXT);
        List<Quote> all = new QuoteFinder().find(article);
        assertEquals(List.of(SpeakerThenCueRule.NAME, "opening-cue"), all.stream().map(Quote::rule).toList());
        List<Quote> directOnly = new QuoteFinder(QuoteRules.named(List.of(SpeakerThenCueRule.NAME), QuoteLexicons.load())).find(article);
        assertEquals(List.of(SpeakerThenCueRule.NAME), directOnly.stream().map(Quote::rule).toList());
    }

    @Test
    void aRuleNamedTwiceIsAConfigurationError() {
        assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, null, List.of("quotes.rules=[opening-cue, opening-cue]")));
    }
}
