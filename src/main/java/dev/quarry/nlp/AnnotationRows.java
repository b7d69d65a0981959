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
}
