package dev.quarry.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Averaging models, with weights written here. */
class LinearChainPerceptronTest {

    private static final String[] LABELS = {"O", "X"};
    private static final boolean[] ALLOWED = {true, true, true, true, true, true};
    private static final boolean[] LAST = {true, true};

    private static LinearChainPerceptron model(List<String> features, float[] weights, float transition) {
        float[] transitions = new float[6];
        java.util.Arrays.fill(transitions, transition);
        return new LinearChainPerceptron(LABELS, new StringTable(features), weights, transitions, ALLOWED, LAST);
    }

    @Test
    void theMeanHoldsEveryFeatureAndCountsAPrunedOneAsZero() {
        LinearChainPerceptron a = model(List.of("w=a", "w=b"), new float[] {0, 2, 1, 0}, 1);
        LinearChainPerceptron b = model(List.of("w=b", "w=c"), new float[] {3, 0, 0, 4}, 3);
        LinearChainPerceptron mean = LinearChainPerceptron.average(List.of(a, b));
        assertEquals(3, mean.featureCount());
        // "w=a" only in a: (2 + 0) / 2 for X; "w=b" in both: (1 + 3) / 2 for O; "w=c" only in b: 4 / 2 for X.
        assertEquals(1f, mean.weight("w=a", 1));
        assertEquals(2f, mean.weight("w=b", 0));
        assertEquals(2f, mean.weight("w=c", 1));
        assertEquals(0f, mean.weight("w=c", 0));
        assertArrayEquals(new int[] {1, 0, 1}, mean.decode(new int[][] {mean.ids(new String[] {"w=a"}),
                mean.ids(new String[] {"w=b"}), mean.ids(new String[] {"w=c"})}));
    }

    @Test
    void modelsWithOtherLabelsAreRefused() {
        LinearChainPerceptron a = model(List.of("w=a"), new float[] {0, 1}, 0);
        LinearChainPerceptron other = new LinearChainPerceptron(new String[] {"O", "Y"}, new StringTable(List.of("w=a")), new float[] {0, 1},
                new float[6], ALLOWED, LAST);
        assertThrows(IllegalArgumentException.class, () -> LinearChainPerceptron.average(List.of(a, other)));
    }
}
