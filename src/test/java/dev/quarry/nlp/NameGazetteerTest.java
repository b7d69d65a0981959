package dev.quarry.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class NameGazetteerTest {

    @Test
    void reportsEveryMatchWithTheTokensPlaceInIt() {
        NameGazetteer g = new NameGazetteer(List.of("PER", "ORG", "LOC"), Map.of(
                "Velto Bank", Set.of("ORG"), "Arvale", Set.of("LOC", "ORG"), "bank", Set.of("ORG")));
        List<List<String>> m = g.matches(new String[] {"The", "VELTO", "Bank", "of", "Arvale", "said"});
        assertEquals(List.of(), m.get(0));
        assertEquals(List.of("ORG-B"), m.get(1));
        assertEquals(List.of("ORG-L", "ORG-U"), m.get(2), "the whole name and the word 'bank' alone");
        assertEquals(List.of(), m.get(3));
        assertEquals(List.of("ORG-U", "LOC-U"), m.get(4));
        assertEquals(3, g.size());
    }
}
