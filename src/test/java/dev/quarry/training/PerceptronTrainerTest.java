package dev.quarry.training;

import dev.quarry.nlp.BilouLabels;
import dev.quarry.nlp.LinearChainPerceptron;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PerceptronTrainerTest {

    private static final BilouLabels SCHEME = new BilouLabels(List.of("PER"));

    private static PerceptronTrainer.Example example(String... tokens) {
        // "Mr X" is a person; "Mr X Y" a two-word one; anything else is outside.
        String[][] f = new String[tokens.length][];
        int[] gold = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            f[i] = new String[] {"w=" + tokens[i], "prev=" + (i == 0 ? "<s>" : tokens[i - 1]), "cap=" + Character.isUpperCase(tokens[i].charAt(0))};
        }
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals("Mr") && i + 1 < tokens.length) {
                boolean two = i + 2 < tokens.length && Character.isUpperCase(tokens[i + 2].charAt(0));
                gold[i + 1] = SCHEME.index(two ? "B-PER" : "U-PER");
                if (two) {
                    gold[i + 2] = SCHEME.index("L-PER");
                }
            }
        }
        return new PerceptronTrainer.Example(f, gold);
    }

    @Test
    void learnsASeparableProblemAndOnlyDecodesWellFormedSequences() {
        List<PerceptronTrainer.Example> data = new ArrayList<>();
        for (String name : List.of("Okafor", "Rell", "Varga", "Moro")) {
            data.add(example("Mr", name, "said", "so"));
            data.add(example("then", "Mr", name, "Brandt", "left"));
            data.add(example("Rain", "fell", "on", name.toLowerCase()));
        }
        PerceptronTrainer trainer = new PerceptronTrainer(SCHEME.labels(), SCHEME.allowed(), SCHEME.allowedLast());
        LinearChainPerceptron model = trainer.train(data, 5, 1, 42);
        for (PerceptronTrainer.Example e : data) {
            int[][] ids = new int[e.features().length][];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = model.ids(e.features()[i]);
            }
            assertArrayEquals(e.gold(), model.decode(ids));
        }
        // An unseen name after "Mr": the context decides.
        PerceptronTrainer.Example unseen = example("Mr", "Sato", "said", "so");
        int[][] ids = new int[4][];
        for (int i = 0; i < 4; i++) {
            ids[i] = model.ids(unseen.features()[i]);
        }
        assertEquals("U-PER", SCHEME.labels()[model.decode(ids)[1]]);
        // Features seen fewer than minCount times are not kept.
        assertTrue(trainer.train(data, 5, 100, 42).featureCount() < model.featureCount());
    }
}
