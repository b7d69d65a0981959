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
import java.nio.charset.StandardCharsets;
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
 * is rebuilt in each JVM on first use rather than shipped.
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

    /** Open-addressing table of attribute ids by name hash (id + 1; 0 is empty), built in each JVM on first use. */
    private transient volatile int[] slots;

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
        java.io.ByteArrayOutputStream nameBytes = new java.io.ByteArrayOutputStream(kept * 16);
        int[] nameEnds = new int[kept];
        int[] featureEnds = new int[kept];
        int[] featureLabels = new int[featureCount];
        float[] featureWeights = new float[featureCount];
        int f = 0;
        for (int a = 0; a < count; a++) {
            if (newId[a] < 0) {
                continue;
            }
            nameBytes.writeBytes(byId[a].getBytes(StandardCharsets.UTF_8));
            nameEnds[newId[a]] = nameBytes.size();
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
        return new CompactCrf(meta.labels().clone(), nameBytes.toByteArray(), nameEnds, featureEnds, featureLabels,
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
        table();
    }

    /** The name of attribute {@code id}. */
    String attributeName(int id) {
        int start = id == 0 ? 0 : nameEnds[id - 1];
        return new String(names, start, nameEnds[id] - start, StandardCharsets.UTF_8);
    }

    /** The id of the attribute of this name, or -1 (also for an attribute without features). */
    int attributeId(String name) {
        byte[] key = name.getBytes(StandardCharsets.UTF_8);
        int[] table = table();
        int mask = table.length - 1;
        for (int i = hash(key, 0, key.length) & mask; ; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == 0) {
                return -1;
            }
            int a = slot - 1;
            int start = a == 0 ? 0 : nameEnds[a - 1];
            if (Arrays.equals(names, start, nameEnds[a], key, 0, key.length)) {
                return a;
            }
        }
    }

    private int[] table() {
        int[] t = slots;
        if (t == null) {
            synchronized (this) {
                t = slots;
                if (t == null) {
                    t = buildTable();
                    slots = t;
                }
            }
        }
        return t;
    }

    private int[] buildTable() {
        int count = nameEnds.length;
        int size = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1; // at most half full
        int[] t = new int[size];
        int mask = size - 1;
        for (int a = 0; a < count; a++) {
            int start = a == 0 ? 0 : nameEnds[a - 1];
            int i = hash(names, start, nameEnds[a]) & mask;
            while (true) {
                int slot = t[i];
                if (slot == 0) {
                    t[i] = a + 1;
                    break;
                }
                int b = slot - 1;
                int bStart = b == 0 ? 0 : nameEnds[b - 1];
                if (Arrays.equals(names, start, nameEnds[a], names, bStart, nameEnds[b])) {
                    t[i] = a + 1; // a repeated name means its last id
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        return t;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        // FNV-1a's low bits are weak for short keys; the table index takes the low bits.
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
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
