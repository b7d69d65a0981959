package dev.quarry.nlp;

import com.johnsnowlabs.ml.crf.Attr;
import com.johnsnowlabs.ml.crf.AttrFeature;
import com.johnsnowlabs.ml.crf.AttrStat;
import com.johnsnowlabs.ml.crf.DatasetMetadata;
import com.johnsnowlabs.ml.crf.DatasetReader$;
import com.johnsnowlabs.ml.crf.LinearChainCrfModel;
import com.johnsnowlabs.ml.crf.TextSentenceAttrs;
import com.johnsnowlabs.ml.crf.Transition;
import com.johnsnowlabs.ml.crf.WordAttrs;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compact CRF against Spark NLP's own encoding and Viterbi, on random models shaped like an NER model's. */
class CompactCrfTest {

    private static final int WORDS = 300;
    private static final int DIMENSIONS = 8;

    /**
     * String attributes "w=0".."w=299" and embedding dimensions num0..num7 without num3, in a shuffled
     * id order; some non-ASCII names; features for some labels; sparse transitions.
     */
    private static LinearChainCrfModel randomModel(Random r, int labels) {
        String[] labelNames = new String[labels];
        for (int i = 0; i < labels; i++) {
            labelNames[i] = i == 0 ? "@#Start" : "L" + i;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < WORDS; i++) {
            names.add(i % 50 == 7 ? "w=é" + i + "ß" : "w=" + i);
        }
        for (int d = 0; d < DIMENSIONS; d++) {
            if (d != 3) {
                names.add("num" + d);
            }
        }
        Collections.shuffle(names, r);
        Attr[] attrs = new Attr[names.size()];
        List<AttrFeature> features = new ArrayList<>();
        for (int a = 0; a < attrs.length; a++) {
            boolean numeric = names.get(a).startsWith("num");
            attrs[a] = new Attr(a, names.get(a), numeric);
            for (int l = 1; l < labels; l++) {
                if (numeric || r.nextDouble() < 0.3) {
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

    /** Words with known and unknown string attributes, repeats, and more or fewer dimensions than the model. */
    private static TextSentenceAttrs randomSentence(Random r, int length) {
        List<WordAttrs> words = new ArrayList<>();
        for (int w = 0; w < length; w++) {
            List<Tuple2<String, String>> str = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                int i = r.nextInt(r.nextBoolean() ? 20 : 400);
                str.add(new Tuple2<>("w", i % 50 == 7 ? "é" + i + "ß" : Integer.toString(i)));
            }
            float[] num = new float[r.nextBoolean() ? DIMENSIONS : DIMENSIONS + 2];
            for (int d = 0; d < num.length; d++) {
                num[d] = r.nextInt(4) == 0 ? 0f : (float) r.nextGaussian();
            }
            words.add(new WordAttrs(scala.collection.JavaConverters.asScalaBuffer(str).toSeq(), num));
        }
        return new TextSentenceAttrs(scala.collection.JavaConverters.asScalaBuffer(words).toSeq());
    }

    private static int[] sparkNlpLabels(LinearChainCrfModel model, TextSentenceAttrs sentence) {
        scala.collection.Seq<Object> labels = model.predict(DatasetReader$.MODULE$.encodeSentence(sentence, model.metadata())).labels();
        int[] out = new int[labels.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Integer) labels.apply(i);
        }
        return out;
    }

    @Test
    void labelsAreSparkNlps() {
        Random r = new Random(7);
        int checked = 0;
        int nonTrivial = 0;
        for (int m = 0; m < 5; m++) {
            LinearChainCrfModel original = randomModel(r, 3 + r.nextInt(8));
            CompactCrf compact = CompactCrf.of(original);
            for (int s = 0; s < 300; s++) {
                TextSentenceAttrs sentence = randomSentence(r, r.nextInt(30));
                int[] expected = sparkNlpLabels(original, sentence);
                assertArrayEquals(expected, compact.label(sentence), "model " + m + " sentence " + s);
                checked++;
                if (Arrays.stream(expected).distinct().count() > 1) {
                    nonTrivial++;
                }
            }
        }
        assertEquals(1500, checked);
        // The random weights make the Viterbi choose among labels, not give one label everywhere.
        assertNotEquals(0, nonTrivial);
    }

    @Test
    void wordsEncodeAsSparkNlpEncodesThem() {
        Random r = new Random(11);
        LinearChainCrfModel original = randomModel(r, 3);
        DatasetMetadata meta = original.metadata();
        CompactCrf compact = CompactCrf.of(original);
        // Attributes without a feature are left out (the random model has some): they score nothing.
        assertTrue(compact.attributeCount() < meta.attrs().length, compact.attributeCount() + " of " + meta.attrs().length);
        CompactCrf.Encoded encoded = new CompactCrf.Encoded();
        for (int s = 0; s < 200; s++) {
            TextSentenceAttrs sentence = randomSentence(r, 1 + r.nextInt(20));
            var expected = DatasetReader$.MODULE$.encodeSentence(sentence, meta).items();
            for (int i = 0; i < expected.length(); i++) {
                List<String> want = new ArrayList<>();
                for (Tuple2<Object, Object> v : expected.apply(i).values()) {
                    int id = (Integer) v._1();
                    if (meta.attr2Features().apply(id).length > 0) {
                        want.add(meta.attrs()[id].name() + ":" + v._2());
                    }
                }
                compact.encode(sentence.words().apply(i), encoded);
                List<String> got = new ArrayList<>();
                for (int k = 0; k < encoded.size; k++) {
                    got.add(compact.attributeName(encoded.ids[k]) + ":" + encoded.values[k]);
                }
                assertEquals(want, got, "sentence " + s + " word " + i);
            }
        }
    }

    @Test
    void aRepeatedNameMeansItsLastId() {
        Attr[] attrs = {new Attr(0, "w=a", false), new Attr(1, "w=b", false), new Attr(2, "w=a", false),
                new Attr(3, "w=c", false), new Attr(4, "w=c", false)};
        // w=a's last id has a feature; w=c's last id has none, so w=c scores nothing although id 3 has one.
        AttrFeature[] features = {new AttrFeature(0, 0, 1), new AttrFeature(1, 1, 1), new AttrFeature(2, 2, 1),
                new AttrFeature(3, 3, 1)};
        AttrStat[] stats = {new AttrStat(1, 1f), new AttrStat(1, 1f), new AttrStat(1, 1f), new AttrStat(1, 1f)};
        DatasetMetadata meta = new DatasetMetadata(new String[] {"@#Start", "X"}, attrs, features, new Transition[0], stats);
        CompactCrf compact = CompactCrf.of(new LinearChainCrfModel(new float[] {1, 1, 1, 1}, meta));
        assertEquals("w=a", compact.attributeName(compact.attributeId("w=a")));
        assertEquals(2, compact.attributeCount());
        assertEquals(-1, compact.attributeId("w=c"));
        assertEquals(-1, compact.attributeId("w=d"));
    }

    @Test
    void emptySentenceHasNoLabels() {
        CompactCrf compact = CompactCrf.of(randomModel(new Random(1), 5));
        assertEquals(0, compact.label(randomSentence(new Random(2), 0)).length);
    }

    @Test
    void labelsSurviveJavaAndKryoSerialisation() throws Exception {
        Random r = new Random(3);
        LinearChainCrfModel original = randomModel(r, 6);
        CompactCrf compact = CompactCrf.of(original);
        compact.warmUp(); // the lookup table is not shipped; each copy builds its own
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(compact);
        }
        CompactCrf viaJava;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            viaJava = (CompactCrf) in.readObject();
        }
        SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
        scala.reflect.ClassTag<CompactCrf> tag = scala.reflect.ClassTag$.MODULE$.apply(CompactCrf.class);
        CompactCrf viaKryo = kryo.deserialize(kryo.serialize(compact, tag), tag);
        for (int s = 0; s < 100; s++) {
            TextSentenceAttrs sentence = randomSentence(r, 1 + r.nextInt(25));
            int[] expected = sparkNlpLabels(original, sentence);
            assertArrayEquals(expected, viaJava.label(sentence));
            assertArrayEquals(expected, viaKryo.label(sentence));
        }
    }
}
