package dev.quarry.nlp;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class NerFeaturesTest {

    private static List<String> of(String[][] f, int i) {
        return Arrays.asList(f[i]);
    }

    @Test
    void shapesFoldCharacterClassesAndDigits() {
        assertEquals("XxXx", NerFeatures.shape("McDonald"));
        assertEquals("X.X.", NerFeatures.shape("U.S."));
        assertEquals("d-d-d", NerFeatures.shape("1996-08-22"));
        assertEquals("0000-00-00", NerFeatures.digitsFolded("1996-08-22"));
        assertTrue(NerFeatures.headline(new String[] {"RUGBY", "UNION", "-", "CUTTITTA", "BACK"}));
        assertFalse(NerFeatures.headline(new String[] {"Rugby", "UNION", "-", "CUTTITTA"}));
    }

    @Test
    void eachGroupAddsItsOwnFeaturesOnly() {
        NameGazetteer gaz = new NameGazetteer(List.of("PER", "LOC"), Map.of("arvale", Set.of("LOC")));
        NerFeatures words = new NerFeatures(Set.of("words"), null, Map.of("g", gaz));
        String[] sentence = {"Okafor", "visited", "Arvale", "."};
        String[][] f = words.sentence(sentence, null, null);
        assertTrue(of(f, 2).contains("w=arvale"));
        assertTrue(of(f, 2).contains("w-1=visited"));
        assertTrue(of(f, 0).contains("w-2=<s>"));
        assertFalse(of(f, 2).stream().anyMatch(x -> x.startsWith("g=")), "gazetteer group not asked for");
        NerFeatures all = words.withGroups(Set.of("words", "shape", "gazetteer"));
        String[][] g = all.sentence(sentence, null, null);
        assertTrue(of(g, 2).contains("g=LOC-U"));
        assertTrue(of(g, 2).contains("g=LOC-U|C"));
        assertTrue(of(g, 1).contains("g+1=LOC-U"));
        assertTrue(of(g, 0).contains("start-cap"));
        assertTrue(of(g, 2).contains("cap-mid"));
        assertTrue(of(g, 2).contains("x3=ale"));
        assertThrows(IllegalArgumentException.class, () -> new NerFeatures(Set.of("pos"), null, Map.of()));
    }

    @Test
    void aPossessiveLeftOnTheWordIsTakenOffBeforeLookups() {
        NameGazetteer gaz = new NameGazetteer(List.of("LOC"), Map.of("pyongyang", Set.of("LOC")));
        NerFeatures f = new NerFeatures(Set.of("words", "shape", "gazetteer"), null, Map.of("g", gaz));
        String[][] out = f.sentence(new String[] {"Pyongyang\u2019s", "soldiers", "and", "Russia's", "."}, null, null);
        assertTrue(of(out, 0).contains("w=pyongyang"));
        assertTrue(of(out, 0).contains("poss"));
        assertTrue(of(out, 0).contains("g=LOC-U"));
        assertTrue(of(out, 3).contains("W=Russia"));
        assertFalse(of(out, 1).contains("poss"));
    }

    @Test
    void theDocumentStageSeesWhatTheFirstSaidAboutTheSameWordElsewhere() {
        NerFeatures f = new NerFeatures(Set.of("words", "document"), null, Map.of());
        List<String[]> words = List.of(new String[] {"Ada", "Okafor", "spoke", "."}, new String[] {"Okafor", "left", "."});
        List<String[]> first = List.of(new String[] {"B-PER", "I-PER", "O", "O"}, new String[] {"B-ORG", "O", "O"});
        NerFeatures.DocumentEvidence evidence = new NerFeatures.DocumentEvidence(words, first, List.of("PER", "ORG"));
        String[][] second = f.sentence(words.get(1), first.get(1), evidence);
        assertTrue(of(second, 0).contains("s1=B-ORG"));
        assertTrue(of(second, 0).contains("doc=PER"), "its other use, not itself: " + of(second, 0));
        assertTrue(of(second, 0).contains("doc=PER|s1=ORG"));
        assertFalse(of(second, 1).stream().anyMatch(x -> x.startsWith("doc=")), "lower-case words have no evidence");
    }
}
