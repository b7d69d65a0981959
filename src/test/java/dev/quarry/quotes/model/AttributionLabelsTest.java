package dev.quarry.quotes.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributionLabelsTest {

    private static boolean allowed(String from, String to) {
        int n = AttributionLabels.NAMES.length;
        int p = from == null ? n : List.of(AttributionLabels.NAMES).indexOf(from);
        return AttributionLabels.allowed()[p * n + List.of(AttributionLabels.NAMES).indexOf(to)];
    }

    @Test
    void aChunkContinuesOnlyWhatItBegan() {
        assertTrue(allowed("B-CON", "I-CON"));
        assertTrue(allowed("I-CON", "I-CON"));
        assertTrue(allowed("I-SRC", "B-CUE"));
        assertFalse(allowed("O", "I-CON"));
        assertFalse(allowed("B-CUE", "I-CON"));
        assertFalse(allowed(null, "I-SRC"), "a sentence cannot open inside a chunk");
        assertTrue(allowed(null, "B-SRC"));
    }

    @Test
    void chunksSplitWhereALabelBeginsAgain() {
        int[] labels = {AttributionLabels.label("SRC", true), AttributionLabels.label("SRC", false), AttributionLabels.label("CUE", true),
                AttributionLabels.label("CON", true), AttributionLabels.label("CON", false), AttributionLabels.label("CON", true),
                AttributionLabels.O};
        assertEquals(List.of(new AttributionTagger.Chunk("SRC", 0, 1), new AttributionTagger.Chunk("CUE", 2, 2),
                new AttributionTagger.Chunk("CON", 3, 4), new AttributionTagger.Chunk("CON", 5, 5)), AttributionTagger.chunks(labels));
    }
}
