package dev.quarry.nlp;

import com.johnsnowlabs.ml.crf.LinearChainCrfModel;
import com.johnsnowlabs.nlp.annotators.common.IndexedTaggedWord;
import com.johnsnowlabs.nlp.annotators.common.TaggedSentence;
import com.johnsnowlabs.nlp.annotators.common.WordpieceEmbeddingsSentence;
import com.johnsnowlabs.nlp.annotators.ner.crf.DictionaryFeatures;
import com.johnsnowlabs.nlp.annotators.ner.crf.FeatureGenerator;
import com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel;
import com.johnsnowlabs.nlp.serialization.StructFeature;
import org.apache.spark.ml.param.ParamPair;
import scala.Tuple2;
import scala.collection.Seq;

import java.util.ArrayList;
import java.util.List;

/**
 * Spark NLP's CRF NER model, loading and tagging faster with the same labels. The CRF is held as a
 * {@link CompactCrf} (flat arrays) in a feature of its own, {@code compactCrf}, instead of Spark NLP's
 * {@code crfModel} of millions of Scala objects, which stays unset: saving writes the compact form, and
 * loading, shipping and broadcasting it is a copy of a few primitive arrays. Features come from Spark
 * NLP's own generator and the CRF decodes as Spark NLP's does, so the labels are the same (checked in
 * the tests). Confidence scores and the entity filter are not supported: a model that uses them stays
 * a plain {@link NerCrfModel} (see {@link ModelPipeline}).
 */
public final class FastNerCrfModel extends NerCrfModel {

    private final StructFeature<CompactCrf> compactCrf =
            new StructFeature<>(this, "compactCrf", scala.reflect.ClassTag$.MODULE$.apply(CompactCrf.class));

    /** Spark ML loads and copies stages through this constructor. */
    public FastNerCrfModel(String uid) {
        super(uid);
    }

    /** The same model as {@code original}: its parameters, dictionary and CRF weights. */
    public FastNerCrfModel(NerCrfModel original) {
        super(original.uid());
        if (!supports(original)) {
            throw new IllegalArgumentException("a NER model with confidence scores or an entity filter is tagged by Spark NLP's NerCrfModel");
        }
        scala.collection.Iterator<ParamPair<?>> params = original.extractParamMap().toSeq().iterator();
        while (params.hasNext()) {
            ParamPair<?> p = params.next();
            set(getParam(p.param().name()), p.value());
        }
        @SuppressWarnings("unchecked")
        scala.collection.immutable.Map<String, String> dict =
                (scala.collection.immutable.Map<String, String>) original.dictionaryFeatures().getOrDefault();
        setDictionaryFeatures(new DictionaryFeatures(dict));
        compactCrf.setValue(scala.Option.apply(CompactCrf.of((LinearChainCrfModel) original.model().getOrDefault())));
    }

    /** Whether this class tags as {@code model} would: no confidence scores, no entity filter. */
    public static boolean supports(NerCrfModel model) {
        return !model.getIncludeConfidence() && !(model.isDefined(model.entities()) && ((String[]) model.$(model.entities())).length > 0);
    }

    public CompactCrf crf() {
        if (!compactCrf.isSet()) {
            throw new IllegalStateException("NER model " + uid() + " has no compactCrf: it was not saved by Quarry's FastNerCrfModel");
        }
        return compactCrf.getOrDefault();
    }

    /**
     * Builds this JVM's attribute lookup table now rather than in the first task (in local mode the
     * tasks get the very object from the broadcast, so they find it ready).
     */
    public void warmUp() {
        crf().warmUp();
    }

    @Override
    public Seq<TaggedSentence> tag(Seq<Tuple2<TaggedSentence, WordpieceEmbeddingsSentence>> sentences) {
        if (!supports(this)) {
            throw new IllegalStateException("FastNerCrfModel gives neither confidence scores nor an entity filter;"
                    + " unset includeConfidence and entities, or tag with Spark NLP's NerCrfModel");
        }
        CompactCrf crf = crf();
        @SuppressWarnings("unchecked")
        scala.collection.immutable.Map<String, String> dict =
                (scala.collection.immutable.Map<String, String>) dictionaryFeatures().getOrDefault();
        FeatureGenerator generator = new FeatureGenerator(new DictionaryFeatures(dict));
        String[] labelNames = crf.labels();
        List<TaggedSentence> out = new ArrayList<>(sentences.length());
        scala.collection.Iterator<Tuple2<TaggedSentence, WordpieceEmbeddingsSentence>> it = sentences.iterator();
        while (it.hasNext()) {
            Tuple2<TaggedSentence, WordpieceEmbeddingsSentence> s = it.next();
            int[] labels = crf.label(generator.generate(s._1(), s._2()));
            IndexedTaggedWord[] words = s._1().indexedTaggedWords();
            IndexedTaggedWord[] tagged = new IndexedTaggedWord[Math.min(words.length, labels.length)];
            for (int i = 0; i < tagged.length; i++) {
                IndexedTaggedWord w = words[i];
                tagged[i] = IndexedTaggedWord.apply(w.word(), labelNames[labels[i]], w.begin(), w.end(),
                        scala.Option.empty(), IndexedTaggedWord.apply$default$6());
            }
            out.add(TaggedSentence.apply(tagged));
        }
        return scala.collection.JavaConverters.asScalaBuffer(out).toSeq();
    }
}
