package dev.quarry.training;

import dev.quarry.nlp.FeatureNerTagger;
import dev.quarry.nlp.WordClusters;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** Trains the tagger on sentences written here and tags names it never saw. */
class NerTaggerTrainingTest {

    private static final String[] PEOPLE = {"Ada Okafor", "Tomas Rell", "Lena Varga", "Ines Moro", "Karl Brandt", "Mira Sato"};
    private static final String[] PLACES = {"Arvale", "Brenport", "Tarn", "Osterlund", "Kaleth"};
    private static final String[][] TEMPLATES = {
            {"P", "said", "on", "Monday", "."}, {"P", "visited", "L", "."}, {"The", "mayor", "of", "L", ",", "P", ",", "spoke", "."},
            {"Talks", "in", "L", "ended", "."}, {"P", "left", "L", "for", "L", "."}};

    private static NerTaggerTraining.Doc doc(SplittableRandom random, int sentences) {
        List<String[]> words = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            List<String> w = new ArrayList<>();
            List<String> l = new ArrayList<>();
            for (String slot : TEMPLATES[random.nextInt(TEMPLATES.length)]) {
                String[] names = slot.equals("P") ? PEOPLE : slot.equals("L") ? PLACES : null;
                if (names == null) {
                    w.add(slot);
                    l.add("O");
                    continue;
                }
                String[] parts = names[random.nextInt(names.length)].split(" ");
                for (int i = 0; i < parts.length; i++) {
                    w.add(parts[i]);
                    l.add((i == 0 ? "B-" : "I-") + (names == PEOPLE ? "PER" : "LOC"));
                }
            }
            words.add(w.toArray(String[]::new));
            labels.add(l.toArray(String[]::new));
        }
        return new NerTaggerTraining.Doc(words, labels);
    }

    private static FeatureNerTagger train(Set<String> groups) {
        return train(groups, 1);
    }

    private static FeatureNerTagger train(Set<String> groups, int runs) {
        SplittableRandom random = new SplittableRandom(3);
        List<NerTaggerTraining.Doc> docs = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            docs.add(doc(random, 8));
        }
        Map<String, float[]> vectors = new HashMap<>();
        vectors.put("Osterlund", new float[] {1, 0});
        vectors.put("Quenby", new float[] {0.95f, 0.05f});
        vectors.put("Okafor", new float[] {0, 1});
        WordClusters clusters = WordClusters.kMeans(vectors, new int[] {2}, 5, 1);
        return new NerTaggerTraining(List.of("PER", "LOC"), clusters, Map.of(),
                new NerTaggerTraining.Options(groups, 5, 1, 3, 42, runs), line -> { }).train(docs);
    }

    @Test
    void tagsUnseenNamesByTheirContext() {
        FeatureNerTagger tagger = train(Set.of("words", "shape", "clusters", "gazetteer", "document"));
        assertTrue(tagger.hasDocumentStage());
        List<String[]> out = tagger.tag(List.of(
                new String[] {"Noor", "Haddad", "visited", "Quenby", "."},
                new String[] {"The", "mayor", "of", "Quenby", ",", "Noor", "Haddad", ",", "spoke", "."}));
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "B-LOC", "O"}, out.get(0));
        assertEquals("B-LOC", out.get(1)[3]);
        assertEquals("B-PER", out.get(1)[5]);
        assertEquals("I-PER", out.get(1)[6]);
    }

    @Test
    void survivesJavaSerialisationAndTagsTheSameAfterIt() throws Exception {
        FeatureNerTagger tagger = train(Set.of("words", "shape", "gazetteer"));
        assertFalse(tagger.hasDocumentStage());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(tagger);
        }
        FeatureNerTagger copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (FeatureNerTagger) in.readObject();
        }
        List<String[]> text = java.util.Collections.singletonList(new String[] {"Mira", "Sato", "left", "Tarn", "for", "Kaleth", "."});
        assertArrayEquals(tagger.tag(text).get(0), copy.tag(text).get(0));
        assertEquals("B-PER", copy.tag(text).get(0)[0]);
    }

    @Test
    void severalRunsAreAveragedIntoOneTaggerThatStillTags() {
        Set<String> groups = Set.of("words", "shape", "clusters", "gazetteer", "document");
        FeatureNerTagger one = train(groups, 1);
        FeatureNerTagger three = train(groups, 3);
        assertTrue(three.hasDocumentStage());
        // Each run prunes its own rare features: the mean holds their union.
        assertTrue(three.featureCount() >= one.featureCount(), three.featureCount() + " < " + one.featureCount());
        List<String[]> out = three.tag(java.util.Collections.singletonList(new String[] {"Noor", "Haddad", "visited", "Quenby", "."}));
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "B-LOC", "O"}, out.get(0));
    }
}
