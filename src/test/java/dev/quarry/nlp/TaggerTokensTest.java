package dev.quarry.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class TaggerTokensTest {

    /** Tokens of {@code text} split at spaces and before a final stop, as Spark NLP's tokenizer splits "Sen.". */
    private static TaggerTokens tokens(String text, String... tokens) {
        int[] begins = new int[tokens.length];
        int[] ends = new int[tokens.length];
        int from = 0;
        for (int i = 0; i < tokens.length; i++) {
            begins[i] = text.indexOf(tokens[i], from);
            ends[i] = begins[i] + tokens[i].length();
            from = ends[i];
        }
        return TaggerTokens.of(tokens, begins, ends);
    }

    @Test
    void anAbbreviationsStopIsJoinedForTheTaggerAndItsLabelSpreadBack() {
        TaggerTokens t = tokens("Texas Sen. Ted J. Vorlan said.", "Texas", "Sen", ".", "Ted", "J", ".", "Vorlan", "said", ".");
        assertArrayEquals(new String[] {"Texas", "Sen.", "Ted", "J.", "Vorlan", "said", "."}, t.words());
        assertArrayEquals(new String[] {"B-LOC", "O", "O", "B-PER", "I-PER", "I-PER", "I-PER", "O", "O"},
                t.spread(new String[] {"B-LOC", "O", "B-PER", "I-PER", "I-PER", "O", "O"}));
        assertArrayEquals(new String[] {"B-PER", "I-PER", "I-PER"},
                tokens("J. Vorlan", "J", ".", "Vorlan").spread(new String[] {"B-PER", "I-PER"}), "a stop after a B- label continues the entity");
    }

    @Test
    void aTitleThatOpensAPersonsNameStaysOutsideIt() {
        TaggerTokens t = tokens("Ms. Vorlan said", "Ms", ".", "Vorlan", "said");
        assertArrayEquals(new String[] {"O", "O", "B-PER", "O"}, t.spread(new String[] {"B-PER", "I-PER", "O"}));
        assertArrayEquals(new String[] {"O", "O", "B-PER", "O"}, t.spread(new String[] {"I-PER", "I-PER", "O"}));
        assertArrayEquals(new String[] {"O", "O", "B-ORG", "O"}, t.spread(new String[] {"B-ORG", "I-ORG", "O"}),
                "whatever type the tagger gave the name");
        TaggerTokens state = tokens("St. Vorlan said", "St", ".", "Vorlan", "said");
        assertArrayEquals(new String[] {"B-LOC", "I-LOC", "I-LOC", "O"}, state.spread(new String[] {"B-LOC", "I-LOC", "O"}),
                "an abbreviation that is no title stays in");
        TaggerTokens quoted = tokens("'' Ms. Vorlan said", "''", "Ms", ".", "Vorlan", "said");
        assertArrayEquals(new String[] {"O", "O", "O", "B-PER", "O"}, quoted.spread(new String[] {"B-PER", "I-PER", "I-PER", "O"}),
                "nor a quotation mark the tagger took in with the title");
        TaggerTokens glued = tokens("Ana ,'' Ms. Vorlan said", "Ana", ",''", "Ms", ".", "Vorlan", "said");
        assertArrayEquals(new String[] {"B-PER", "O", "O", "O", "B-PER", "O"}, glued.spread(new String[] {"B-PER", "I-PER", "I-PER", "I-PER", "O"}),
                "a name does not run across a comma and a quotation mark");
        TaggerTokens inside = tokens("Ana Ms. Vorlan", "Ana", "Ms", ".", "Vorlan");
        assertArrayEquals(new String[] {"B-PER", "I-PER", "I-PER", "I-PER"}, inside.spread(new String[] {"B-PER", "I-PER", "I-PER"}),
                "a title inside a name is the tagger's call");
    }

    @Test
    void aStopAfterAnOrdinaryWordOrAfterASpaceStaysItsOwnToken() {
        TaggerTokens t = tokens("He left . Then Sen .", "He", "left", ".", "Then", "Sen", ".");
        assertArrayEquals(new String[] {"He", "left", ".", "Then", "Sen", "."}, t.words());
    }
}
