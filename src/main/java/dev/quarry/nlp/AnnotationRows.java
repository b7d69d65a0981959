package dev.quarry.nlp;

import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

/** Turns one row of Spark NLP output into an {@link AnnotatedArticle}. */
public final class AnnotationRows {

    private AnnotationRows() {
    }

    public static AnnotatedArticle toArticle(String articleId, String text, List<Row> sentenceAnnotations,
                                             List<Row> tokenAnnotations) {
        List<int[]> sentences = new ArrayList<>(sentenceAnnotations == null ? 0 : sentenceAnnotations.size());
        if (sentenceAnnotations != null) {
            for (Row a : sentenceAnnotations) {
                // Spark NLP ends are inclusive; ours are exclusive.
                sentences.add(new int[] {a.<Integer>getAs("begin"), a.<Integer>getAs("end") + 1});
            }
        }
        List<AnnotatedArticle.TokenSpan> tokens = new ArrayList<>(tokenAnnotations == null ? 0 : tokenAnnotations.size());
        if (tokenAnnotations != null) {
            for (Row a : tokenAnnotations) {
                tokens.add(new AnnotatedArticle.TokenSpan(a.<Integer>getAs("begin"), a.<Integer>getAs("end") + 1));
            }
        }
        return AnnotatedArticle.of(articleId, text, sentences, tokens);
    }

    /**
     * Mentions from the NER model's token labels: each sentence's labels are made consistent across the
     * article ({@link NerConsistency}), then read as BIO chunks. Types are folded to PER / ORG / LOC / MISC,
     * so a swapped-in model with OntoNotes-style labels (PERSON, GPE, FAC, NORP) still fills the entities
     * table consistently; labels outside those (DATE, MONEY, ...) are not entities here and are dropped.
     */
    public static List<dev.quarry.entities.Mention> mentions(AnnotatedArticle article, List<Row> nerTokens) {
        List<dev.quarry.entities.Mention> out = new ArrayList<>();
        if (nerTokens == null || nerTokens.isEmpty()) {
            return out;
        }
        String text = article.text();
        // Sentences in order, each a list of (begin, end-exclusive) with its label.
        List<List<int[]>> spans = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        String currentSentence = null;
        for (Row a : nerTokens) {
            java.util.Map<String, String> meta = a.getJavaMap(a.fieldIndex("metadata"));
            String sentence = meta.getOrDefault("sentence", "0");
            int begin = a.<Integer>getAs("begin");
            int end = a.<Integer>getAs("end") + 1;
            if (begin < 0 || end > text.length() || end <= begin) {
                continue;
            }
            if (!sentence.equals(currentSentence)) {
                spans.add(new ArrayList<>());
                words.add(new ArrayList<>());
                labels.add(new ArrayList<>());
                currentSentence = sentence;
            }
            String label = a.getAs("result");
            String type = label.length() > 2 && label.charAt(1) == '-' ? foldType(label.substring(2)) : null;
            spans.get(spans.size() - 1).add(new int[] {begin, end});
            words.get(words.size() - 1).add(text.substring(begin, end));
            labels.get(labels.size() - 1).add(type == null ? "O" : label.charAt(0) + "-" + type);
        }
        List<List<String>> consistent = NerConsistency.apply(words, labels);
        for (int s = 0; s < spans.size(); s++) {
            for (dev.quarry.eval.ConllEval.Chunk c : dev.quarry.eval.ConllEval.chunks(consistent.get(s))) {
                int begin = spans.get(s).get(c.start())[0];
                int end = spans.get(s).get(c.end() - 1)[1];
                out.add(new dev.quarry.entities.Mention(text.substring(begin, end), c.type(), begin, end,
                        Math.max(0, article.sentenceIndexAt(begin))));
            }
        }
        return out;
    }

    static String foldType(String label) {
        if (label == null) {
            return null;
        }
        return switch (label.toUpperCase(java.util.Locale.ROOT)) {
            case "PER", "PERSON" -> "PER";
            case "ORG", "ORGANIZATION", "ORGANISATION" -> "ORG";
            case "LOC", "LOCATION", "GPE", "FAC", "FACILITY" -> "LOC";
            case "MISC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE" -> "MISC";
            default -> null;
        };
    }
}
