package dev.quarry.jobs;

import dev.quarry.nlp.AnnotatedArticle;
import dev.quarry.nlp.AnnotationRows;
import dev.quarry.nlp.BasePipeline;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteFinder;
import dev.quarry.quotes.SpeakerResolver;
import org.apache.spark.sql.Row;

import java.util.List;

/**
 * The quote stage for one row of Spark NLP output, shared by annotate and evaluate. The finder and
 * resolver (and their lexicons) are built once per JVM, so once per executor, never per record.
 */
public final class QuoteStage {

    private static final QuoteFinder FINDER = new QuoteFinder();
    private static final SpeakerResolver RESOLVER = new SpeakerResolver();

    private QuoteStage() {
    }

    /** Quotes of a row holding article_id, text and the sentence and token annotation columns. */
    public static List<Quote> quotes(Row r) {
        AnnotatedArticle article = AnnotationRows.toArticle(r.getAs("article_id"), r.getAs("text"),
                r.getList(r.fieldIndex(BasePipeline.SENTENCE_COL)), r.getList(r.fieldIndex(BasePipeline.TOKEN_COL)));
        return RESOLVER.resolve(article, FINDER.find(article));
    }
}
