package dev.quarry.nlp;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.annotators.common.IndexedTaggedWord;
import com.johnsnowlabs.nlp.annotators.common.NerTagged;
import com.johnsnowlabs.nlp.annotators.common.PosTagged;
import com.johnsnowlabs.nlp.annotators.common.TaggedSentence;
import com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel;
import com.johnsnowlabs.nlp.serialization.StructFeature;
import scala.collection.Seq;

import java.util.ArrayList;
import java.util.List;

/**
 * Spark's view of {@link FeatureNerTagger}: a NER annotator over sentences, tokens and POS (read only
 * for its token layout; no word embeddings: the word classes it uses are inside the model), tagging each row's sentences together,
 * since the document stage reads the whole article. It extends Spark NLP's CRF model class only to be
 * a NER annotator Spark NLP and {@code ModelPipeline} already know how to save, load and wire; none of
 * the CRF is used. The tagger is saved whole as one feature, {@code featureTagger}.
 */
public final class FeatureNerModel extends NerCrfModel {

    private final StructFeature<FeatureNerTagger> tagger =
            new StructFeature<>(this, "featureTagger", scala.reflect.ClassTag$.MODULE$.apply(FeatureNerTagger.class));

    /** Spark ML loads and copies stages through this constructor. */
    public FeatureNerModel(String uid) {
        super(uid);
    }

    public FeatureNerModel(String uid, FeatureNerTagger value) {
        super(uid);
        tagger.setValue(scala.Option.apply(value));
    }

    public FeatureNerTagger tagger() {
        if (!tagger.isSet()) {
            throw new IllegalStateException("NER model " + uid() + " has no featureTagger: it was not saved by Quarry's FeatureNerModel");
        }
        return tagger.getOrDefault();
    }

    public void warmUp() {
        tagger().warmUp();
    }

    @Override
    public String[] inputAnnotatorTypes() {
        return new String[] {"document", "token", "pos"};
    }

    /** The CRF checks its embeddings' storage reference here; this model takes no embeddings. */
    @Override
    public org.apache.spark.sql.Dataset<?> beforeAnnotate(org.apache.spark.sql.Dataset<?> dataset) {
        return dataset;
    }

    @Override
    public Seq<Annotation> annotate(Seq<Annotation> annotations) {
        Seq<TaggedSentence> sentences = PosTagged.unpack(annotations);
        List<TaggerTokens> words = new ArrayList<>(sentences.length());
        List<IndexedTaggedWord[]> indexed = new ArrayList<>(sentences.length());
        scala.collection.Iterator<TaggedSentence> it = sentences.iterator();
        while (it.hasNext()) {
            IndexedTaggedWord[] w = it.next().indexedTaggedWords();
            String[] text = new String[w.length];
            int[] begins = new int[w.length];
            int[] ends = new int[w.length];
            for (int i = 0; i < w.length; i++) {
                text[i] = w[i].word();
                begins[i] = w[i].begin();
                ends[i] = w[i].end() + 1; // Spark NLP's ends are inclusive
            }
            words.add(TaggerTokens.of(text, begins, ends));
            indexed.add(w);
        }
        List<String[]> labels = tagger().tag(words.stream().map(TaggerTokens::words).toList());
        List<TaggedSentence> out = new ArrayList<>(labels.size());
        for (int s = 0; s < labels.size(); s++) {
            IndexedTaggedWord[] w = indexed.get(s);
            String[] sentenceLabels = words.get(s).spread(labels.get(s));
            IndexedTaggedWord[] tagged = new IndexedTaggedWord[w.length];
            for (int i = 0; i < w.length; i++) {
                tagged[i] = IndexedTaggedWord.apply(w[i].word(), sentenceLabels[i], w[i].begin(), w[i].end(),
                        scala.Option.empty(), IndexedTaggedWord.apply$default$6());
            }
            out.add(TaggedSentence.apply(tagged));
        }
        return NerTagged.pack(scala.collection.JavaConverters.asScalaBuffer(out).toSeq());
    }
}
