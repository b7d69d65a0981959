package dev.quarry.training;

import dev.quarry.nlp.WordClusters;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeClusteringTest {

    private static final String[] PEOPLE = {"Smith", "Jones", "Brown", "Garcia", "Okafor"};
    private static final String[] PLACES = {"Paris", "Lagos", "Rome", "Lima", "Hanoi"};
    private static final String[] VERBS = {"said", "added", "told", "warned"};

    /** Sentences where people and places stand in different places: "Mr. X said ..." and "... in Y on Monday". */
    private static List<String[]> corpus(long seed) {
        Random r = new Random(seed);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String person = PEOPLE[r.nextInt(PEOPLE.length)];
            String place = PLACES[r.nextInt(PLACES.length)];
            String verb = VERBS[r.nextInt(VERBS.length)];
            out.add(i % 2 == 0
                    ? new String[] {"Mr.", person, verb, "the", "talks", "in", place, "on", "Monday", "."}
                    : new String[] {"The", "talks", "in", place, "ended", ",", "Mr.", person, verb, "."});
        }
        out.add(new String[] {"Once", "Zanzibar", "."});
        return out;
    }

    @Test
    void wordsInTheSamePlacesShareAClassAndOthersDoNot() {
        WordClusters c = ExchangeClustering.of(corpus(1), 2).cluster(new int[] {6}, 20, null);
        int person = c.of("Smith")[0];
        int place = c.of("Paris")[0];
        for (String p : PEOPLE) {
            assertEquals(person, c.of(p)[0], p);
        }
        for (String p : PLACES) {
            assertEquals(place, c.of(p)[0], p);
        }
        assertNotEquals(person, place);
        assertNotEquals(person, c.of("said")[0]);
    }

    @Test
    void rareWordsGetNoClass() {
        WordClusters c = ExchangeClustering.of(corpus(1), 2).cluster(new int[] {6}, 20, null);
        assertNull(c.of("Zanzibar"));
        assertTrue(c.has("Monday"));
    }

    @Test
    void everyPassRaisesTheLikelihoodAndTheResultIsTheSameOnEveryRun() {
        List<Double> ll = new ArrayList<>();
        ExchangeClustering e = ExchangeClustering.of(corpus(2), 1);
        WordClusters a = e.cluster(new int[] {3, 8}, 10, line -> ll.add(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))));
        for (int i = 1; i < ll.size(); i++) {
            assertTrue(ll.get(i) >= ll.get(i - 1) - 1e-6, ll.toString());
        }
        WordClusters b = ExchangeClustering.of(corpus(2), 1).cluster(new int[] {3, 8}, 10, null);
        for (String w : new String[] {"Smith", "Lagos", "the", "Monday", "."}) {
            assertArrayEquals(a.of(w), b.of(w), w);
        }
    }

    @Test
    void aTextWithNoFrequentWordGivesNoClassesRatherThanFailing() {
        WordClusters c = ExchangeClustering.of(List.<String[]>of(new String[] {"Once", "only"}), 5).cluster(new int[] {4}, 3, null);
        assertEquals(0, c.wordCount());
        assertNull(c.of("Once"));
    }
}
