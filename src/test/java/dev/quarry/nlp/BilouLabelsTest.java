package dev.quarry.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BilouLabelsTest {

    private final BilouLabels scheme = new BilouLabels(List.of("PER", "LOC"));

    @Test
    void readsBioAndIob1AlikeAndMarksLastAndUnitTokens() {
        String[] expected = {"B-PER", "L-PER", "O", "U-LOC", "U-LOC"};
        assertArrayEquals(expected, scheme.fromBio(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC")));
        // IOB1: "I-" after O starts a chunk; "B-" only splits two chunks of one type.
        assertArrayEquals(expected, scheme.fromBio(List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC")));
        assertArrayEquals(new String[] {"B-PER", "I-PER", "L-PER"}, scheme.fromBio(List.of("B-PER", "I-PER", "I-PER")));
    }

    @Test
    void writesBioBack() {
        int[] path = {scheme.index("B-PER"), scheme.index("L-PER"), 0, scheme.index("U-LOC"), scheme.index("U-LOC")};
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "B-LOC", "B-LOC"}, scheme.toBio(path));
    }

    @Test
    void anOpenChunkContinuesOnlyWithItsOwnType() {
        boolean[] allowed = scheme.allowed();
        int n = scheme.size();
        int bPer = scheme.index("B-PER");
        assertTrue(allowed[bPer * n + scheme.index("L-PER")]);
        assertTrue(allowed[bPer * n + scheme.index("I-PER")]);
        assertFalse(allowed[bPer * n + scheme.index("L-LOC")]);
        assertFalse(allowed[bPer * n + 0]);
        assertFalse(allowed[n * n + scheme.index("I-PER")], "a sentence cannot start inside a chunk");
        assertTrue(allowed[scheme.index("U-LOC") * n + scheme.index("B-PER")]);
        assertFalse(scheme.allowedLast()[bPer]);
        assertTrue(scheme.allowedLast()[scheme.index("L-PER")]);
        assertThrows(IllegalArgumentException.class, () -> scheme.index("B-ORG"));
    }
}
