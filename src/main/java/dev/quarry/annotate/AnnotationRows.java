package dev.quarry.annotate;

import dev.quarry.nlp.BioChunks;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

/** Turns one row of Spark NLP output into an {@link AnnotatedArticle}. */
public final class AnnotationRows {

    private AnnotationRows() {
    }

    public static AnnotatedArticle toArticle(String articleId, String text, List<Row> sentenceAnnotations,
                                             List<Row> tokenAnnotations) {
        return toArticle(articleId, text, sentenceAnnotations, tokenAnnotations, null);
    }

    /** As above, with the POS tagger's annotations (null when it did not run), matched to tokens by offset. */
    public static AnnotatedArticle toArticle(String articleId, String text, List<Row> sentenceAnnotations,
                                             List<Row> tokenAnnotations, List<Row> posAnnotations) {
        List<Span> sentences = new ArrayList<>(sentenceAnnotations == null ? 0 : sentenceAnnotations.size());
        if (sentenceAnnotations != null) {
            for (Row a : sentenceAnnotations) {
                // Spark NLP ends are inclusive; ours are exclusive.
                sentences.add(new Span(a.<Integer>getAs("begin"), a.<Integer>getAs("end") + 1));
            }
        }
        java.util.Map<Integer, String> tags = new java.util.HashMap<>();
        if (posAnnotations != null) {
            for (Row a : posAnnotations) {
                tags.put(a.<Integer>getAs("begin"), a.getAs("result"));
            }
        }
        List<AnnotatedArticle.TokenSpan> tokens = new ArrayList<>(tokenAnnotations == null ? 0 : tokenAnnotations.size());
        if (tokenAnnotations != null) {
            for (Row a : tokenAnnotations) {
                int begin = a.<Integer>getAs("begin");
                tokens.add(new AnnotatedArticle.TokenSpan(begin, a.<Integer>getAs("end") + 1, tags.get(begin)));
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
        List<List<Span>> spans = new ArrayList<>();
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
            spans.get(spans.size() - 1).add(new Span(begin, end));
            words.get(words.size() - 1).add(text.substring(begin, end));
            labels.get(labels.size() - 1).add(type == null ? "O" : label.charAt(0) + "-" + type);
        }
        List<List<String>> consistent = NerConsistency.apply(words, labels);
        for (int s = 0; s < spans.size(); s++) {
            for (BioChunks.Chunk c : BioChunks.of(consistent.get(s))) {
                // A name never runs across a line break or a quotation mark ("Ukraine,” Politico"): split there,
                // and trim the marks off the pieces.
                int pieceBegin = -1;
                int pieceEnd = -1;
                for (int i = c.start(); i < c.end(); i++) {
                    Span span = spans.get(s).get(i);
                    int b = span.begin();
                    int e = span.end();
                    while (b < e && BREAKING.indexOf(text.charAt(b)) >= 0) {
                        b++;
                    }
                    boolean endsBreaking = e > b && BREAKING.indexOf(text.charAt(e - 1)) >= 0;
                    while (e > b && BREAKING.indexOf(text.charAt(e - 1)) >= 0) {
                        e--;
                    }
                    boolean startsBreaking = b > span.begin();
                    boolean newline = pieceEnd >= 0 && text.substring(pieceEnd, span.begin()).indexOf('\n') >= 0;
                    if (pieceBegin >= 0 && (startsBreaking || newline || e == b)) {
                        out.add(mention(article, pieceBegin, pieceEnd, c.type()));
                        pieceBegin = -1;
                    }
                    if (e > b) {
                        if (pieceBegin < 0) {
                            pieceBegin = b;
                        }
                        pieceEnd = e;
                    }
                    if (endsBreaking && pieceBegin >= 0) {
                        out.add(mention(article, pieceBegin, pieceEnd, c.type()));
                        pieceBegin = -1;
                    }
                }
                if (pieceBegin >= 0) {
                    out.add(mention(article, pieceBegin, pieceEnd, c.type()));
                }
            }
        }
        return out;
    }

    /** Characters that end a name: quotation marks and clause punctuation (an apostrophe inside "O'Neill" is not one). */
    private static final String BREAKING = "\"“”,;:()!?[]";

    private static dev.quarry.entities.Mention mention(AnnotatedArticle article, int begin, int end, String type) {
        return new dev.quarry.entities.Mention(article.text().substring(begin, end), type, begin, end,
                Math.max(0, article.sentenceIndexAt(begin)));
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
