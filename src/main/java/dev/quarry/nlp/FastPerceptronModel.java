package dev.quarry.nlp;

import com.johnsnowlabs.nlp.annotators.common.IndexedTaggedWord;
import com.johnsnowlabs.nlp.annotators.common.IndexedToken;
import com.johnsnowlabs.nlp.annotators.common.TaggedSentence;
import com.johnsnowlabs.nlp.annotators.common.TokenizedSentence;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.AveragedPerceptron;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import org.apache.spark.ml.param.ParamPair;

import java.util.HashMap;
import java.util.Map;

/**
 * Spark NLP's averaged-perceptron POS tagger, decoded in plain Java with the same weights and the same
 * tags. Spark NLP builds a Scala map of 14 feature strings per token and sums weights through boxed
 * maps; here the weights sit in flat arrays per feature and the features are looked up as they are
 * made. The features, the tag book of unambiguous words and the carry of the previous two tags from
 * one sentence to the next are Spark NLP's own; where two tags score so close that the order of
 * summation could decide between them, the token is tagged by Spark NLP's own code, so the tags are
 * identical (checked against Spark NLP's in the tests and by {@code train-models}).
 */
public final class FastPerceptronModel extends PerceptronModel {

    /** Two tags closer than this (relative) are left to Spark NLP's summation order. */
    static final double NEAR_TIE = 1e-9;

    /** The weights in flat form; built once per JVM copy of the model (Spark ships the model itself). */
    private transient volatile Compact compact;
    /** Tokens decided by Spark NLP's code because two tags nearly tied: for the tests. */
    private transient java.util.concurrent.atomic.LongAdder nearTies;

    /** Spark ML loads and copies stages through this constructor. */
    public FastPerceptronModel(String uid) {
        super(uid);
    }

    /** The same model as {@code original}: its parameters and weights. */
    public FastPerceptronModel(PerceptronModel original) {
        super(original.uid());
        scala.collection.Iterator<ParamPair<?>> params = original.extractParamMap().toSeq().iterator();
        while (params.hasNext()) {
            ParamPair<?> p = params.next();
            set(getParam(p.param().name()), p.value());
        }
        setModel(original.getModel());
    }

    /** The weights of one feature: parallel arrays of tag index and weight. */
    private record Weights(int[] tags, double[] values) {
    }

    /** The flat form of {@code source}: its tags, its tag book and each feature's weights. */
    private record Compact(AveragedPerceptron source, String[] tags, Map<String, String> book, Map<String, Weights> features) {
    }

    /**
     * The flat form of the model Spark NLP hands to {@code tag}: built once for each model object (in a
     * task, the broadcast's), not once per call.
     */
    private Compact compact(AveragedPerceptron model) {
        Compact c = compact;
        if (c == null || c.source() != model) {
            synchronized (this) {
                c = compact;
                if (c == null || c.source() != model) {
                    c = build(model);
                    if (nearTies == null) {
                        nearTies = new java.util.concurrent.atomic.LongAdder();
                    }
                    compact = c;
                }
            }
        }
        return c;
    }

    private static Compact build(AveragedPerceptron model) {
        String[] tags = model.tags();
        Map<String, Integer> tagIndex = new HashMap<>();
        for (int t = 0; t < tags.length; t++) {
            tagIndex.put(tags[t], t);
        }
        Map<String, String> book = new HashMap<>(scala.collection.JavaConverters.mapAsJavaMap(model.getTaggedBook()));
        Map<String, Weights> features = new HashMap<>();
        scala.collection.Iterator<scala.Tuple2<String, scala.collection.immutable.Map<String, Object>>> it = model.getWeights().iterator();
        while (it.hasNext()) {
            scala.Tuple2<String, scala.collection.immutable.Map<String, Object>> f = it.next();
            int n = f._2().size();
            int[] t = new int[n];
            double[] w = new double[n];
            int k = 0;
            scala.collection.Iterator<scala.Tuple2<String, Object>> weights = f._2().iterator();
            while (weights.hasNext()) {
                scala.Tuple2<String, Object> tw = weights.next();
                Integer index = tagIndex.get(tw._1());
                if (index == null) {
                    // A weight for a tag the model does not list can never win in Spark NLP either.
                    continue;
                }
                t[k] = index;
                w[k] = (Double) tw._2();
                k++;
            }
            features.put(f._1(), new Weights(java.util.Arrays.copyOf(t, k), java.util.Arrays.copyOf(w, k)));
        }
        return new Compact(model, tags, book, features);
    }

    /** Warms the flat weights now rather than in the first task. */
    public void warmUp() {
        compact(getModel());
    }

    long nearTies() {
        return nearTies == null ? 0 : nearTies.sum();
    }

    @Override
    public TaggedSentence[] tag(AveragedPerceptron model, TokenizedSentence[] sentences) {
        Compact c = compact(model);
        double[] scores = new double[c.tags().length];
        // As in Spark NLP, the previous tags carry over from one sentence to the next.
        String[] start = START();
        String[] end = END();
        String prev = start[0];
        String prev2 = start[1];
        TaggedSentence[] out = new TaggedSentence[sentences.length];
        StringBuilder key = new StringBuilder(64);
        for (int s = 0; s < sentences.length; s++) {
            IndexedToken[] tokens = sentences[s].indexedTokens();
            String[] context = new String[tokens.length + 4];
            context[0] = start[0];
            context[1] = start[1];
            for (int i = 0; i < tokens.length; i++) {
                context[i + 2] = normalized(tokens[i].token());
            }
            context[tokens.length + 2] = end[0];
            context[tokens.length + 3] = end[1];
            IndexedTaggedWord[] words = new IndexedTaggedWord[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                IndexedToken token = tokens[i];
                String word = token.token();
                String tag = c.book().get(word.toLowerCase());
                if (tag == null) {
                    tag = predict(c, model, scores, key, i, word, context, prev, prev2);
                }
                prev2 = prev;
                prev = tag;
                words[i] = IndexedTaggedWord.apply(word, tag, token.begin(), token.end(), scala.Option.empty(),
                        indexMetadata(i));
            }
            out[s] = TaggedSentence.apply(words);
        }
        return out;
    }

    private static scala.collection.immutable.Map<String, String> indexMetadata(int i) {
        return new scala.collection.immutable.Map.Map1<>("index", Integer.toString(i));
    }

    private String predict(Compact c, AveragedPerceptron model, double[] scores, StringBuilder key, int position, String word,
                           String[] context, String prev, String prev2) {
        java.util.Arrays.fill(scores, 0.0);
        int i = position + 2;
        add(c, scores, key, "bias", null, null);
        add(c, scores, key, "i suffix ", takeRight3(word), null);
        add(c, scores, key, "i pref1 ", String.valueOf(word.charAt(0)), null);
        add(c, scores, key, "i-1 tag ", prev, null);
        add(c, scores, key, "i-2 tag ", prev2, null);
        add(c, scores, key, "i tag+i-2 tag ", prev, prev2);
        add(c, scores, key, "i word ", context[i], null);
        add(c, scores, key, "i-1 tag+i word ", prev, context[i]);
        add(c, scores, key, "i-1 word ", context[i - 1], null);
        add(c, scores, key, "i-1 suffix ", takeRight3(context[i - 1]), null);
        add(c, scores, key, "i-2 word ", context[i - 2], null);
        add(c, scores, key, "i+1 word ", context[i + 1], null);
        add(c, scores, key, "i+1 suffix ", takeRight3(context[i + 1]), null);
        add(c, scores, key, "i+2 word ", context[i + 2], null);
        String[] tags = c.tags();
        int best = -1;
        int second = -1;
        for (int t = 0; t < tags.length; t++) {
            if (best < 0 || higher(scores[t], tags[t], scores[best], tags[best])) {
                second = best;
                best = t;
            } else if (second < 0 || higher(scores[t], tags[t], scores[second], tags[second])) {
                second = t;
            }
        }
        if (second >= 0 && Math.abs(scores[best] - scores[second]) <= NEAR_TIE * Math.max(1.0, Math.abs(scores[best]))) {
            nearTies.increment();
            return model.predict(getFeatures(position, word, context, prev, prev2));
        }
        return tags[best];
    }

    /** Spark NLP's order: the higher score, and of equal scores the later tag name. */
    private static boolean higher(double score, String tag, double otherScore, String otherTag) {
        int byScore = Double.compare(score, otherScore);
        return byScore > 0 || (byScore == 0 && tag.compareTo(otherTag) > 0);
    }

    private static void add(Compact c, double[] scores, StringBuilder key, String name, String arg, String arg2) {
        key.setLength(0);
        key.append(name);
        if (arg != null) {
            key.append(arg);
        }
        if (arg2 != null) {
            key.append(' ').append(arg2);
        }
        String k = key.toString();
        Weights w = c.features().get(k);
        if (w == null) {
            return;
        }
        int[] tags = w.tags();
        double[] values = w.values();
        for (int j = 0; j < tags.length; j++) {
            scores[tags[j]] += values[j];
        }
    }

    private static String takeRight3(String s) {
        return s.length() <= 3 ? s : s.substring(s.length() - 3);
    }
}
