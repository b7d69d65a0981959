package dev.quarry.nlp;

import com.johnsnowlabs.ml.crf.Attr;
import com.johnsnowlabs.ml.crf.AttrFeature;
import com.johnsnowlabs.ml.crf.AttrStat;
import com.johnsnowlabs.ml.crf.DatasetMetadata;
import com.johnsnowlabs.ml.crf.Instance;
import com.johnsnowlabs.ml.crf.LinearChainCrfModel;
import com.johnsnowlabs.ml.crf.SparseArray;
import com.johnsnowlabs.ml.crf.Transition;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FastLinearChainCrfTest {

    /** A random CRF shaped like an NER model: string attributes, numeric ones (embeddings), sparse transitions. */
    private static LinearChainCrfModel randomModel(Random r, int labels, int stringAttrs, int numericAttrs) {
        String[] labelNames = new String[labels];
        for (int i = 0; i < labels; i++) {
            labelNames[i] = i == 0 ? "@#Start" : "L" + i;
        }
        int attrCount = stringAttrs + numericAttrs;
        Attr[] attrs = new Attr[attrCount];
        for (int a = 0; a < attrCount; a++) {
            attrs[a] = new Attr(a, a < stringAttrs ? "w=" + a : "num" + (a - stringAttrs), a >= stringAttrs);
        }
        List<AttrFeature> features = new ArrayList<>();
        for (int a = 0; a < attrCount; a++) {
            for (int l = 1; l < labels; l++) {
                // Numeric attributes have a feature for every label; string ones for some.
                if (a >= stringAttrs || r.nextDouble() < 0.3) {
                    features.add(new AttrFeature(features.size(), a, l));
                }
            }
        }
        List<Transition> transitions = new ArrayList<>();
        for (int from = 0; from < labels; from++) {
            for (int to = 1; to < labels; to++) {
                if (r.nextDouble() < 0.7) {
                    transitions.add(new Transition(from, to));
                }
            }
        }
        int total = features.size() + transitions.size();
        AttrStat[] stats = new AttrStat[total];
        float[] weights = new float[total];
        for (int i = 0; i < total; i++) {
            stats[i] = new AttrStat(1, 1f);
            weights[i] = (float) (r.nextGaussian() * (r.nextDouble() < 0.1 ? 5 : 0.5));
        }
        DatasetMetadata meta = new DatasetMetadata(labelNames, attrs, features.toArray(new AttrFeature[0]),
                transitions.toArray(new Transition[0]), stats);
        return new LinearChainCrfModel(weights, meta);
    }

    private static Instance randomInstance(Random r, int length, int stringAttrs, int numericAttrs) {
        List<SparseArray> items = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            TreeMap<Integer, Float> values = new TreeMap<>();
            for (int k = 0; k < 8; k++) {
                values.put(r.nextInt(stringAttrs), 1f);
            }
            for (int k = 0; k < numericAttrs; k++) {
                values.put(stringAttrs + k, (float) r.nextGaussian());
            }
            @SuppressWarnings("unchecked")
            Tuple2<Object, Object>[] arr = values.entrySet().stream()
                    .map(e -> new Tuple2<Object, Object>(e.getKey(), e.getValue())).toArray(Tuple2[]::new);
            items.add(new SparseArray(arr));
        }
        return new Instance(scala.collection.JavaConverters.asScalaBuffer(items).toSeq());
    }

    @Test
    void labelsAreThoseOfSparkNlpsViterbi() {
        Random r = new Random(7);
        int checked = 0;
        for (int m = 0; m < 5; m++) {
            int labels = 3 + r.nextInt(8);
            LinearChainCrfModel original = randomModel(r, labels, 200, 20);
            FastLinearChainCrf fast = new FastLinearChainCrf(original);
            for (int s = 0; s < 300; s++) {
                Instance instance = randomInstance(r, r.nextInt(30), 200, 20);
                assertEquals(original.predict(instance).labels(), fast.predict(instance).labels(), "model " + m + " sentence " + s);
                checked++;
            }
        }
        assertEquals(1500, checked);
    }

    @Test
    void emptySentenceHasNoLabels() {
        LinearChainCrfModel original = randomModel(new Random(1), 5, 10, 2);
        assertEquals(0, new FastLinearChainCrf(original).predict(randomInstance(new Random(2), 0, 10, 2)).labels().length());
    }
}
