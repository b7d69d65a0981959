package dev.quarry.aggregate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShingleWindowsTest {

    @Test
    void findsTheWantedRunsOfWholeWordsOnceEachInTextOrder() {
        String text = "we will not raise taxes we will not raise taxes on families";
        Set<String> wanted = Set.of("not raise taxes on", "we will not", "will not raise", "ill not raise", "taxes on families");
        assertEquals(List.of("we will not", "will not raise", "taxes on families"), List.copyOf(ShingleWindows.among(text, 3, wanted)));
        assertEquals(List.of("not raise taxes on"), List.copyOf(ShingleWindows.among(text, 4, wanted)));
    }

    @Test
    void theLastWindowEndsTheTextAndShortTextsHaveNone() {
        assertEquals(List.of("taxes on families"), List.copyOf(ShingleWindows.among("no taxes on families", 3, Set.of("taxes on families"))));
        assertTrue(ShingleWindows.among("two words", 3, Set.of("two words")).isEmpty());
        assertTrue(ShingleWindows.among("", 1, Set.of("")).isEmpty());
        assertTrue(ShingleWindows.among(null, 1, Set.of()).isEmpty());
    }

    @Test
    void textsLongerThanTheFirstGuessOfWords() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append(i == 0 ? "" : " ").append("w").append(i);
        }
        assertEquals(List.of("w37 w38 w39"), List.copyOf(ShingleWindows.among(b.toString(), 3, Set.of("w37 w38 w39", "w39 w40 w41"))));
    }
}
