package dev.quarry.nlp;

import com.johnsnowlabs.ml.crf.AttrFeature;
import com.johnsnowlabs.ml.crf.DatasetMetadata;
import com.johnsnowlabs.ml.crf.Instance;
import com.johnsnowlabs.ml.crf.InstanceLabels;
import com.johnsnowlabs.ml.crf.LinearChainCrfModel;
import com.johnsnowlabs.ml.crf.SparseArray;
import com.johnsnowlabs.ml.crf.Transition;
import scala.Tuple2;

/**
 * Spark NLP's linear-chain CRF with a faster Viterbi. Spark NLP's {@code predict} looks each
 * attribute's features up once per source label and walks a Scala map of transitions for every
 * token; here the weights are laid out as arrays once, and each attribute is scored once per token.
 * The sums are made in the same order as Spark NLP's, so the labels are the same bit for bit
 * ({@code FastLinearChainCrfTest} checks that against the original).
 */
public final class FastLinearChainCrf extends LinearChainCrfModel {

    private final int labelCount;
    /** Per attribute id: the labels it has features for, and those features' weights. */
    private final int[][] attrLabels;
    private final float[][] attrWeights;
    /** Transition weight from one label to the next; 0 where the model has no such transition. */
    private final float[][] transitions;

    public FastLinearChainCrf(LinearChainCrfModel model) {
        super(model.weights(), model.metadata());
        DatasetMetadata meta = model.metadata();
        float[] weights = model.weights();
        labelCount = meta.labels().length;
        int attrs = meta.attrs().length;
        attrLabels = new int[attrs][];
        attrWeights = new float[attrs][];
        scala.collection.IndexedSeq<AttrFeature[]> byAttr = meta.attr2Features();
        for (int a = 0; a < attrs; a++) {
            AttrFeature[] features = byAttr.apply(a);
            attrLabels[a] = new int[features.length];
            attrWeights[a] = new float[features.length];
            for (int k = 0; k < features.length; k++) {
                attrLabels[a][k] = features[k].label();
                attrWeights[a][k] = weights[features[k].id()];
            }
        }
        transitions = new float[labelCount][labelCount];
        scala.collection.Iterator<Tuple2<Transition, Object>> it = meta.transFeature2Id().iterator();
        while (it.hasNext()) {
            Tuple2<Transition, Object> e = it.next();
            transitions[e._1().stateFrom()][e._1().stateTo()] += weights[(Integer) e._2()];
        }
    }

    /** The observation part of one token's edge scores, per target label. */
    private void observe(SparseArray item, float[] out) {
        java.util.Arrays.fill(out, 0f);
        for (Tuple2<Object, Object> v : item.values()) {
            int attr = (Integer) v._1();
            float value = (Float) v._2();
            int[] ls = attrLabels[attr];
            float[] ws = attrWeights[attr];
            for (int k = 0; k < ls.length; k++) {
                out[ls[k]] += ws[k] * value;
            }
        }
    }

    @Override
    public InstanceLabels predict(Instance instance) {
        scala.collection.Seq<SparseArray> items = instance.items();
        int length = items.length();
        if (length == 0) {
            return new InstanceLabels(scala.Predef.wrapIntArray(new int[0]));
        }
        int n = labelCount;
        float[] obs = new float[n];
        float[] bestPath = new float[n];
        float[] newBestPath = new float[n];
        observe(items.apply(0), obs);
        // The first token is scored from the start label, 0.
        for (int to = 0; to < n; to++) {
            bestPath[to] = obs[to] + transitions[0][to];
        }
        int[][] prevIdx = new int[length][n];
        for (int i = 1; i < length; i++) {
            observe(items.apply(i), obs);
            java.util.Arrays.fill(newBestPath, -Float.MAX_VALUE);
            for (int from = 0; from < n; from++) {
                for (int to = 0; to < n; to++) {
                    float newPath = bestPath[from] + (obs[to] + transitions[from][to]);
                    if (newBestPath[to] < newPath) {
                        newBestPath[to] = newPath;
                        prevIdx[i][to] = from;
                    }
                }
            }
            float[] tmp = newBestPath;
            newBestPath = bestPath;
            bestPath = tmp;
        }
        int[] result = new int[length];
        // As in Spark NLP: the best final label must beat 0, else label 0 is kept.
        float best = 0f;
        for (int l = 0; l < n; l++) {
            if (bestPath[l] > best) {
                best = bestPath[l];
                result[length - 1] = l;
            }
        }
        for (int i = length - 2; i >= 0; i--) {
            result[i] = prevIdx[i + 1][result[i + 1]];
        }
        return new InstanceLabels(scala.Predef.wrapIntArray(result));
    }
}
