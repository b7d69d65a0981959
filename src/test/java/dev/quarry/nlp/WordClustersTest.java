package dev.quarry.nlp;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class WordClustersTest {

    @Test
    void wordsWithSimilarVectorsShareAClassAndLookupFallsBackOnCase() {
        Map<String, float[]> v = new HashMap<>();
        v.put("Paris", new float[] {1, 0.1f, 0});
        v.put("Lagos", new float[] {0.9f, 0.2f, 0});
        v.put("Monday", new float[] {0, 1, 0.1f});
        v.put("friday", new float[] {0.1f, 0.9f, 0});
        WordClusters c = WordClusters.kMeans(v, new int[] {2, 4}, 10, 7);
        assertEquals(c.of("Paris")[0], c.of("Lagos")[0]);
        assertEquals(c.of("Monday")[0], c.of("friday")[0]);
        assertNotEquals(c.of("Paris")[0], c.of("Monday")[0]);
        assertArrayEquals(c.of("friday"), c.of("Friday"), "capitalised form of a lower-case word");
        assertArrayEquals(c.of("Paris"), c.of("PARIS"), "a headline word");
        assertNull(c.of("Ouagadougou"));
        assertEquals(2, c.of("Paris").length);
        // Seeded: the same classes on every run.
        assertArrayEquals(c.of("Lagos"), WordClusters.kMeans(v, new int[] {2, 4}, 10, 7).of("Lagos"));
    }

    @Test
    void concatenatedClassesKeepEachPartsClassesAndMarkWordsAPartLacks() {
        WordClusters a = new WordClusters(new StringTable(java.util.List.of("Paris", "Monday")), new int[] {2}, new int[] {0, 1});
        WordClusters b = new WordClusters(new StringTable(java.util.List.of("Monday", "Lagos")), new int[] {3, 5}, new int[] {2, 4, 1, 3});
        WordClusters c = WordClusters.concat(java.util.List.of(a, b));
        assertArrayEquals(new int[] {2, 3, 5}, c.granularities());
        assertArrayEquals(new int[] {1, 2, 4}, c.of("Monday"));
        assertArrayEquals(new int[] {0, -1, -1}, c.of("Paris"));
        assertArrayEquals(new int[] {-1, 1, 3}, c.of("Lagos"));
        assertThrows(IllegalArgumentException.class, () -> WordClusters.concat(java.util.List.of(a, a)));
    }
}
