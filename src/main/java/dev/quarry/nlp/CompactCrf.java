package dev.quarry.nlp;

import com.johnsnowlabs.ml.crf.Attr;
import com.johnsnowlabs.ml.crf.AttrFeature;
import com.johnsnowlabs.ml.crf.DatasetMetadata;
import com.johnsnowlabs.ml.crf.LinearChainCrfModel;
import com.johnsnowlabs.ml.crf.TextSentenceAttrs;
import com.johnsnowlabs.ml.crf.Transition;
import com.johnsnowlabs.ml.crf.WordAttrs;
import scala.Tuple2;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Spark NLP's linear-chain CRF as a handful of flat arrays, labelling a sentence's attributes with
 * the labels Spark NLP's own {@code DatasetReader.encodeSentence} and {@code LinearChainCrfModel.predict}
 * give, bit for bit ({@code CompactCrfTest} checks both against the originals).
 *
 * <p>Why: Spark NLP keeps the default NER model's 2.3 million attributes as that many Scala objects
 * in immutable maps, though only a tenth of them have a feature. Reading them (Java deserialisation), sending them to the driver and broadcasting
 * them (Kryo with reference tracking) took about 15 s of a 70 s sample run, and tagging looked each
 * attribute up once per label. Here the names are one UTF-8 byte array, the features and weights
 * arrays indexed by attribute, so serialisation is a copy of primitive arrays; the name lookup table
 * ({@link StringTable}) is rebuilt in each JVM on first use rather than shipped.
 */
public final class CompactCrf implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] labels;
    /** Attribute names, UTF-8, one after the other; attribute {@code a} ends at {@code nameEnds[a]}. */
    private final byte[] names;
    private final int[] nameEnds;
    /** Attribute {@code a}'s features end at {@code featureEnds[a]}: the label each scores and its weight. */
    private final int[] featureEnds;
    private final int[] featureLabels;
    private final float[] featureWeights;
    /** Transition weight from label {@code f} to label {@code t} at {@code f * labels + t}; 0 where there is none. */
    private final float[] transitions;
    /** Attribute id of embedding dimension d (Spark NLP's "num<d>"); -1 for a dimension training never saw. */
    private final int[] numeric;

    /** The names' lookup table, made in each JVM on first use (the two arrays above are what is saved). */
    private transient volatile StringTable table;

    private CompactCrf(String[] labels, byte[] names, int[] nameEnds, int[] featureEnds, int[] featureLabels,
                       float[] featureWeights, float[] transitions, int[] numeric) {
        this.labels = labels;
        this.names = names;
        this.nameEnds = nameEnds;
        this.featureEnds = featureEnds;
        this.featureLabels = featureLabels;
        this.featureWeights = featureWeights;
        this.transitions = transitions;
        this.numeric = numeric;
    }

    /**
     * The same CRF as Spark NLP's {@code model}: its labels and weights, and the attributes that have a
     * feature. Training with a minimum weight leaves most attributes with none (the default NER model:
     * 2.3 million attributes, 0.56 million features); such an attribute adds nothing to any score, so
     * leaving it out changes no label. The attributes kept are numbered in their original order, which
     * is the order Spark NLP sums a word's weights in.
     */
    public static CompactCrf of(LinearChainCrfModel model) {
        DatasetMetadata meta = model.metadata();
        float[] weights = model.weights();
        Attr[] attrs = meta.attrs();
        int count = attrs.length;
        String[] byId = new String[count];
        for (Attr a : attrs) {
            if (a.id() < 0 || a.id() >= count || byId[a.id()] != null) {
                throw new IllegalArgumentException("the CRF's attribute ids are not 0.." + (count - 1) + " each once (id " + a.id() + ")");
            }
            byId[a.id()] = a.name();
        }
        // As Scala's toMap in Spark NLP's attr2Id: a name given twice means its last id.
        java.util.Map<String, Integer> lastId = new java.util.HashMap<>(count * 2);
        for (int a = 0; a < count; a++) {
            lastId.put(byId[a], a);
        }
        scala.collection.IndexedSeq<AttrFeature[]> byAttr = meta.attr2Features();
        int[] newId = new int[count];
        int kept = 0;
        int featureCount = 0;
        for (int a = 0; a < count; a++) {
            int features = byAttr.apply(a).length;
            boolean keep = features > 0 && lastId.get(byId[a]) == a;
            newId[a] = keep ? kept++ : -1;
            featureCount += keep ? features : 0;
        }
        java.util.List<String> keptNames = new java.util.ArrayList<>(kept);
        int[] featureEnds = new int[kept];
        int[] featureLabels = new int[featureCount];
        float[] featureWeights = new float[featureCount];
        int f = 0;
        for (int a = 0; a < count; a++) {
            if (newId[a] < 0) {
                continue;
            }
            keptNames.add(byId[a]);
            for (AttrFeature feature : byAttr.apply(a)) {
                featureLabels[f] = feature.label();
                featureWeights[f] = weights[feature.id()];
                f++;
            }
            featureEnds[newId[a]] = f;
        }
        int n = meta.labels().length;
        float[] transitions = new float[n * n];
        scala.collection.Iterator<Tuple2<Transition, Object>> it = meta.transFeature2Id().iterator();
        while (it.hasNext()) {
            Tuple2<Transition, Object> e = it.next();
            transitions[e._1().stateFrom() * n + e._1().stateTo()] += weights[(Integer) e._2()];
        }
        int dims = 0;
        for (String name : lastId.keySet()) {
            if (isDimension(name)) {
                dims = Math.max(dims, Integer.parseInt(name.substring(3)) + 1);
            }
        }
        int[] numeric = new int[dims];
        for (int d = 0; d < dims; d++) {
            Integer a = lastId.get("num" + d);
            numeric[d] = a == null ? -1 : newId[a];
        }
        StringTable names = new StringTable(keptNames);
        return new CompactCrf(meta.labels().clone(), names.bytes(), names.ends(), featureEnds, featureLabels,
                featureWeights, transitions, numeric);
    }

    private static boolean isDimension(String name) {
        return name.startsWith("num") && name.length() > 3 && name.length() < 10
                && name.substring(3).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public String[] labels() {
        return labels.clone();
    }

    public int attributeCount() {
        return nameEnds.length;
    }

    public int featureCount() {
        return featureLabels.length;
    }

    /** Builds this JVM's name table now rather than in the first sentence tagged. */
    public void warmUp() {
        names().warmUp();
    }

    /** The name of attribute {@code id}. */
    String attributeName(int id) {
        return names().get(id);
    }

    /** The id of the attribute of this name, or -1 (also for an attribute without features). */
    int attributeId(String name) {
        return names().id(name);
    }

    private StringTable names() {
        StringTable t = table;
        if (t == null) {
            // Two threads may both make one; either is the same table.
            t = new StringTable(names, nameEnds);
            table = t;
        }
        return t;
    }

    /** Label ids for a sentence's words, as Spark NLP would give them. */
    public int[] label(TextSentenceAttrs sentence) {
        int length = sentence.words().length();
        int n = labels.length;
        if (length == 0) {
            return new int[0];
        }
        float[] obs = new float[n];
        float[] bestPath = new float[n];
        float[] newBestPath = new float[n];
        Encoded word = new Encoded();
        scala.collection.Iterator<WordAttrs> words = sentence.words().iterator();
        encode(words.next(), word);
        observe(word, obs);
        // The first token is scored from the start label, 0.
        for (int to = 0; to < n; to++) {
            bestPath[to] = obs[to] + transitions[to];
        }
        int[][] prevIdx = new int[length][n];
        for (int i = 1; i < length; i++) {
            encode(words.next(), word);
            observe(word, obs);
            Arrays.fill(newBestPath, -Float.MAX_VALUE);
            for (int from = 0; from < n; from++) {
                for (int to = 0; to < n; to++) {
                    float newPath = bestPath[from] + (obs[to] + transitions[from * n + to]);
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
        return result;
    }

    /** One word's attributes as (id, value) pairs, reused from word to word. */
    static final class Encoded {
        int size;
        int[] ids = new int[64];
        float[] values = new float[64];

        void add(int id, float value) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            ids[size] = id;
            values[size] = value;
            size++;
        }
    }

    /**
     * Spark NLP's DatasetReader.encodeSentence for one word: string attributes in order, then numeric
     * ones, sorted by id (stably) with exact repeats dropped.
     */
    void encode(WordAttrs word, Encoded out) {
        out.size = 0;
        scala.collection.Iterator<Tuple2<String, String>> it = word.strAttrs().iterator();
        while (it.hasNext()) {
            Tuple2<String, String> a = it.next();
            int id = attributeId(a._1() + "=" + a._2());
            if (id >= 0) {
                out.add(id, 1f);
            }
        }
        float[] values = word.numAttrs();
        for (int d = 0; d < values.length && d < numeric.length; d++) {
            if (numeric[d] >= 0) {
                out.add(numeric[d], values[d]);
            }
        }
        // Insertion sort: stable, as Scala's sortBy, and quick for the few dozen attributes of a word.
        int[] ids = out.ids;
        float[] vs = out.values;
        for (int i = 1; i < out.size; i++) {
            int id = ids[i];
            float v = vs[i];
            int j = i - 1;
            while (j >= 0 && ids[j] > id) {
                ids[j + 1] = ids[j];
                vs[j + 1] = vs[j];
                j--;
            }
            ids[j + 1] = id;
            vs[j + 1] = v;
        }
        // Scala's distinct keeps the first of equal pairs (boxed floats compare as numbers, so
        // primitive ==); equal ids sit together after the sort.
        int kept = 0;
        for (int i = 0; i < out.size; i++) {
            boolean repeat = false;
            for (int j = kept - 1; j >= 0 && ids[j] == ids[i]; j--) {
                if (vs[j] == vs[i]) {
                    repeat = true;
                    break;
                }
            }
            if (!repeat) {
                ids[kept] = ids[i];
                vs[kept] = vs[i];
                kept++;
            }
        }
        out.size = kept;
    }

    /** The observation part of one word's edge scores, per target label, summed in Spark NLP's order. */
    private void observe(Encoded word, float[] out) {
        Arrays.fill(out, 0f);
        for (int i = 0; i < word.size; i++) {
            int a = word.ids[i];
            float value = word.values[i];
            for (int k = a == 0 ? 0 : featureEnds[a - 1]; k < featureEnds[a]; k++) {
                out[featureLabels[k]] += featureWeights[k] * value;
            }
        }
    }
}
