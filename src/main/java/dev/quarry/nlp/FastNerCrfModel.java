package dev.quarry.nlp;

import com.johnsnowlabs.ml.crf.DatasetMetadata;
import com.johnsnowlabs.ml.crf.LinearChainCrfModel;
import com.johnsnowlabs.ml.crf.TextSentenceAttrs;
import com.johnsnowlabs.ml.crf.WordAttrs;
import com.johnsnowlabs.nlp.annotators.common.IndexedTaggedWord;
import com.johnsnowlabs.nlp.annotators.common.TaggedSentence;
import com.johnsnowlabs.nlp.annotators.common.WordpieceEmbeddingsSentence;
import com.johnsnowlabs.nlp.annotators.ner.crf.DictionaryFeatures;
import com.johnsnowlabs.nlp.annotators.ner.crf.FeatureGenerator;
import com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel;
import org.apache.spark.ml.param.ParamPair;
import scala.Tuple2;
import scala.collection.Seq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spark NLP's CRF NER model, tagging faster with the same labels. Spark NLP encodes each token's
 * attributes by building "name=value" strings and looking each up in an immutable Scala map, the
 * fifty embedding dimensions included ("num0".."num49", the same strings for every token); here the
 * dimension ids are looked up once per model and the string attributes in a Java hash map, and the
 * CRF decodes with {@link FastLinearChainCrf}. Features come from Spark NLP's own generator, and the
 * attribute order and sums are Spark NLP's, so the labels are the same (checked in the tests).
 * Models with confidence or an entity filter are tagged by Spark NLP's code.
 */
public final class FastNerCrfModel extends NerCrfModel {

    /**
     * Attribute ids by model, built once per JVM: each task deserialises its own copy of this stage,
     * but the CRF inside comes from the same broadcast, so its metadata is the key.
     */
    private static final Map<DatasetMetadata, AttributeIndex> INDEXES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Spark ML copies stages through this constructor. */
    public FastNerCrfModel(String uid) {
        super(uid);
    }

    /** The same model as {@code original}: its parameters, dictionary and CRF weights. */
    public FastNerCrfModel(NerCrfModel original) {
        super(original.uid());
        scala.collection.Iterator<ParamPair<?>> params = original.extractParamMap().toSeq().iterator();
        while (params.hasNext()) {
            ParamPair<?> p = params.next();
            set(getParam(p.param().name()), p.value());
        }
        // The CRF stays in the broadcast Spark NLP made of it when it loaded the model: setting it again
        // would serialise its 2.3 million attributes into a second broadcast (12 s for the default
        // model). Each JVM builds its fast copy from the broadcast once, on first use (see fast()).
        shareValue(original.model(), model());
        @SuppressWarnings("unchecked")
        scala.collection.immutable.Map<String, String> dict =
                (scala.collection.immutable.Map<String, String>) original.dictionaryFeatures().getOrDefault();
        setDictionaryFeatures(new DictionaryFeatures(dict));
    }

    /** Fast CRFs by model, built once per JVM from the CRF each task gets from the broadcast. */
    private static final Map<DatasetMetadata, FastLinearChainCrf> FAST = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void shareValue(com.johnsnowlabs.nlp.serialization.StructFeature from,
                                   com.johnsnowlabs.nlp.serialization.StructFeature to) {
        to.broadcastValue_$eq((scala.Option) from.broadcastValue());
        to.rawValue_$eq((scala.Option) from.rawValue());
        to.fallbackRawValue_$eq((scala.Option) from.fallbackRawValue());
    }

    static FastLinearChainCrf fast(LinearChainCrfModel crf) {
        if (crf instanceof FastLinearChainCrf f) {
            return f;
        }
        return FAST.computeIfAbsent(crf.metadata(), m -> new FastLinearChainCrf(crf));
    }

    /** Attribute name -> id, and the ids of the numeric (embedding) attributes by dimension. */
    static final class AttributeIndex {
        private final Map<String, Integer> ids;
        private final int[] numeric;

        AttributeIndex(DatasetMetadata meta) {
            ids = new HashMap<>(meta.attrs().length * 2);
            // As Scala's toMap: a name given twice keeps its last id.
            for (com.johnsnowlabs.ml.crf.Attr a : meta.attrs()) {
                ids.put(a.name(), a.id());
            }
            // Embedding dimension d is the attribute "num<d>"; a dimension training never saw has none (-1).
            int dims = 0;
            for (String name : ids.keySet()) {
                if (name.startsWith("num") && name.indexOf('=') < 0 && name.length() > 3 && name.length() < 10
                        && name.substring(3).chars().allMatch(Character::isDigit)) {
                    dims = Math.max(dims, Integer.parseInt(name.substring(3)) + 1);
                }
            }
            numeric = new int[dims];
            for (int d = 0; d < dims; d++) {
                numeric[d] = ids.getOrDefault("num" + d, -1);
            }
        }

        /**
         * Spark NLP's DatasetReader.encodeSentence for one word: string attributes in order, then
         * numeric ones, sorted by id (stably) with exact repeats dropped.
         */
        com.johnsnowlabs.ml.crf.SparseArray encode(WordAttrs word) {
            List<AttrValue> pairs = new ArrayList<>();
            scala.collection.Iterator<Tuple2<String, String>> it = word.strAttrs().iterator();
            while (it.hasNext()) {
                Tuple2<String, String> a = it.next();
                Integer id = ids.get(a._1() + "=" + a._2());
                if (id != null) {
                    pairs.add(new AttrValue(id, 1f));
                }
            }
            float[] values = word.numAttrs();
            for (int d = 0; d < values.length; d++) {
                int id = d < numeric.length ? numeric[d] : -1;
                if (id >= 0) {
                    pairs.add(new AttrValue(id, values[d]));
                }
            }
            pairs.sort(java.util.Comparator.comparingInt(AttrValue::id)); // stable, as Scala's sortBy
            List<Tuple2<Object, Object>> out = new ArrayList<>(pairs.size());
            for (int i = 0; i < pairs.size(); i++) {
                AttrValue p = pairs.get(i);
                boolean repeat = false;
                // Scala's distinct keeps the first of equal pairs (boxed numbers compare as numbers, so
                // primitive ==); equal ids sit together after the sort.
                for (int j = i - 1; j >= 0 && pairs.get(j).id() == p.id(); j--) {
                    if (pairs.get(j).value() == p.value()) {
                        repeat = true;
                        break;
                    }
                }
                if (!repeat) {
                    out.add(new Tuple2<>(p.id(), p.value()));
                }
            }
            @SuppressWarnings("unchecked")
            Tuple2<Object, Object>[] arr = out.toArray(new Tuple2[0]);
            return new com.johnsnowlabs.ml.crf.SparseArray(arr);
        }

        private record AttrValue(int id, float value) {
        }

        com.johnsnowlabs.ml.crf.Instance encode(TextSentenceAttrs sentence) {
            List<com.johnsnowlabs.ml.crf.SparseArray> items = new ArrayList<>(sentence.words().length());
            scala.collection.Iterator<WordAttrs> words = sentence.words().iterator();
            while (words.hasNext()) {
                items.add(encode(words.next()));
            }
            return new com.johnsnowlabs.ml.crf.Instance(scala.collection.JavaConverters.asScalaBuffer(items).toSeq());
        }
    }

    /**
     * Builds this JVM's fast CRF and attribute index now rather than in the first task (a few seconds
     * for the default model). In local mode the tasks get the very CRF object loaded here from the
     * broadcast, so they find both ready.
     */
    public void warmUp() {
        LinearChainCrfModel crf = (LinearChainCrfModel) model().getOrDefault();
        fast(crf);
        index(crf);
    }

    private static AttributeIndex index(LinearChainCrfModel crf) {
        return INDEXES.computeIfAbsent(crf.metadata(), AttributeIndex::new);
    }

    @Override
    public Seq<TaggedSentence> tag(Seq<Tuple2<TaggedSentence, WordpieceEmbeddingsSentence>> sentences) {
        if (getIncludeConfidence() || isDefined(entities()) && ((String[]) $(entities())).length > 0) {
            return super.tag(sentences);
        }
        FastLinearChainCrf crf = fast((LinearChainCrfModel) model().getOrDefault());
        @SuppressWarnings("unchecked")
        scala.collection.immutable.Map<String, String> dict =
                (scala.collection.immutable.Map<String, String>) dictionaryFeatures().getOrDefault();
        FeatureGenerator generator = new FeatureGenerator(new DictionaryFeatures(dict));
        AttributeIndex attrs = index(crf);
        String[] labelNames = crf.metadata().labels();
        List<TaggedSentence> out = new ArrayList<>(sentences.length());
        scala.collection.Iterator<Tuple2<TaggedSentence, WordpieceEmbeddingsSentence>> it = sentences.iterator();
        while (it.hasNext()) {
            Tuple2<TaggedSentence, WordpieceEmbeddingsSentence> s = it.next();
            com.johnsnowlabs.ml.crf.Instance instance = attrs.encode(generator.generate(s._1(), s._2()));
            Seq<Object> labels = crf.predict(instance).labels();
            IndexedTaggedWord[] words = s._1().indexedTaggedWords();
            IndexedTaggedWord[] tagged = new IndexedTaggedWord[Math.min(words.length, labels.length())];
            for (int i = 0; i < tagged.length; i++) {
                IndexedTaggedWord w = words[i];
                tagged[i] = IndexedTaggedWord.apply(w.word(), labelNames[(Integer) labels.apply(i)], w.begin(), w.end(),
                        scala.Option.empty(), IndexedTaggedWord.apply$default$6());
            }
            out.add(TaggedSentence.apply(tagged));
        }
        return scala.collection.JavaConverters.asScalaBuffer(out).toSeq();
    }
}
