package dev.quarry.quotes.text;

import dev.quarry.text.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A party tag's brackets, whether the tokenizer keeps the tag whole or splits it. */
class PartyTagsTest {

    /** Tokens as written, one space apart, as a tokenizer that split them would give them. */
    private static List<Token> split(String... words) {
        List<Token> out = new java.util.ArrayList<>();
        int at = 0;
        for (String w : words) {
            out.add(new Token(out.size(), at, at + w.length(), w, 0));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void aSplitTagIsFoundFromEitherBracket() {
        List<Token> t = split("Warren", "(", "D-Md", ".", ")", "said");
        assertEquals(4, PartyTags.closeAfter(t, 1));
        assertEquals(1, PartyTags.openBefore(t, 4, 0, 10));
        // Not further back than asked.
        assertEquals(-1, PartyTags.openBefore(t, 4, 2, 10));
        assertEquals(-1, PartyTags.openBefore(t, 4, 0, 2));
    }

    @Test
    void aWholeTagOpensAndClosesItself() {
        List<Token> t = split("Sen.", "Mara", "Dunn", "(D-Md.)", "said");
        assertEquals(3, PartyTags.closeAfter(t, 3));
        assertEquals(3, PartyTags.openBefore(t, 3, 0, 10));
        // The tokenizer may also keep the stop on the closing bracket.
        List<Token> u = split("Dunn", "(", "D-Md", ".)", "said");
        assertEquals(3, PartyTags.closeAfter(u, 1));
    }

    @Test
    void aBracketLeftOpenIsNoTag() {
        List<Token> t = split("(", "a", "b", "c", "d", "e", "f", "g", ")");
        assertEquals(-1, PartyTags.closeAfter(t, 0));
    }
}
