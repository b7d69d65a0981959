package dev.quarry.nlp;

import com.johnsnowlabs.ml.crf.Attr;
import com.johnsnowlabs.ml.crf.AttrFeature;
import com.johnsnowlabs.ml.crf.AttrStat;
import com.johnsnowlabs.ml.crf.DatasetMetadata;
import com.johnsnowlabs.ml.crf.DatasetReader$;
import com.johnsnowlabs.ml.crf.Instance;
import com.johnsnowlabs.ml.crf.TextSentenceAttrs;
import com.johnsnowlabs.ml.crf.Transition;
import com.johnsnowlabs.ml.crf.WordAttrs;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FastNerCrfModelTest {

    @Test
    void attributesEncodeAsSparkNlpEncodesThem() {
        Random r = new Random(11);
        List<Attr> attrs = new ArrayList<>();
        // String attributes in a shuffled id order, and embedding dimensions with a gap (num3 never seen).
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            names.add("w=" + i);
        }
        for (int d = 0; d < 8; d++) {
            if (d != 3) {
                names.add("num" + d);
            }
        }
        java.util.Collections.shuffle(names, r);
        for (int i = 0; i < names.size(); i++) {
            attrs.add(new Attr(i, names.get(i), names.get(i).startsWith("num")));
        }
        DatasetMetadata meta = new DatasetMetadata(new String[] {"@#Start", "O"}, attrs.toArray(new Attr[0]),
                new AttrFeature[0], new Transition[0], new AttrStat[0]);
        FastNerCrfModel.AttributeIndex index = new FastNerCrfModel.AttributeIndex(meta);
        for (int s = 0; s < 200; s++) {
            List<WordAttrs> words = new ArrayList<>();
            for (int w = 0; w < 1 + r.nextInt(20); w++) {
                List<Tuple2<String, String>> str = new ArrayList<>();
                for (int k = 0; k < 12; k++) {
                    // Unknown values (>= 300) and repeats (a small range) both occur.
                    str.add(new Tuple2<>("w", Integer.toString(r.nextInt(r.nextBoolean() ? 20 : 400))));
                }
                float[] num = new float[r.nextBoolean() ? 8 : 10];
                for (int d = 0; d < num.length; d++) {
                    num[d] = r.nextInt(4) == 0 ? 0f : (float) r.nextGaussian();
                }
                words.add(new WordAttrs(scala.collection.JavaConverters.asScalaBuffer(str).toSeq(), num));
            }
            TextSentenceAttrs sentence = new TextSentenceAttrs(scala.collection.JavaConverters.asScalaBuffer(words).toSeq());
            Instance expected = DatasetReader$.MODULE$.encodeSentence(sentence, meta);
            Instance actual = index.encode(sentence);
            assertEquals(expected.items().length(), actual.items().length());
            for (int i = 0; i < expected.items().length(); i++) {
                assertArrayEquals(expected.items().apply(i).values(), actual.items().apply(i).values(),
                        "sentence " + s + " word " + i + ": " + Arrays.toString(expected.items().apply(i).values()));
            }
        }
    }
}
