package dev.quarry.training;

import dev.quarry.nlp.NameGazetteer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ListGazetteersTest {

    private static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    @Test
    void theNerTaggerLearnsFromTheKnownNamesAndOnRequestTheWorldsTowns() {
        assertEquals(List.of(TrainModelsJob.KNOWN_NAMES_GAZETTEER), List.copyOf(TrainModelsJob.listGazetteers(TYPES, false).keySet()));
        Map<String, NameGazetteer> lists = TrainModelsJob.listGazetteers(TYPES, true);
        assertEquals(List.of(TrainModelsJob.KNOWN_NAMES_GAZETTEER, TrainModelsJob.CITIES_GAZETTEER), List.copyOf(lists.keySet()));
        NameGazetteer cities = lists.get(TrainModelsJob.CITIES_GAZETTEER);
        assertTrue(cities.size() > 20_000, "GeoNames has tens of thousands of towns over 15,000 people: " + cities.size());
        List<List<String>> m = cities.matches(new String[] {"Protests", "in", "Buenos", "Aires", "and", "Nairobi", "on", "Thursday"});
        assertEquals(List.of("LOC-B"), m.get(2));
        assertEquals(List.of("LOC-L"), m.get(3));
        assertEquals(List.of("LOC-U"), m.get(5));
        assertEquals(List.of(), m.get(7));
        assertEquals(List.of("LOC-U"), cities.matches(new String[] {"Zürich"}).get(0), "names keep their letters");
    }
}
