package dev.quarry.annotate;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import org.apache.spark.ml.feature.SQLTransformer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * The Spark NLP part of annotate: document, sentences and tokens. Model stages (POS, lemmas,
 * dependencies, NER) are added here by the models issue.
 *
 * <p>Setters inherited from Scala traits return the trait type, so each is its own statement.
 */
public final class BasePipeline {

    public static final String TEXT_COL = "text";
    public static final String DOCUMENT_COL = "document";
    public static final String SENTENCE_COL = "sentence";
    public static final String TOKEN_COL = "token";

    private BasePipeline() {
    }

    /** The text as the annotators see it: {@link #TEXT_COL} with Unicode spaces made plain, same length. */
    public static final String ANNOTATION_TEXT_COL = "annotation_text";
    /** No-break and other fixed-width spaces, which Spark NLP's tokenizer would keep inside a token ("he\u00A0told"). */
    private static final String UNICODE_SPACES = "\u00A0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000";

    public static Pipeline build(int maxSentenceLength) {
        // One character for one character, so annotation offsets still index the original text.
        SQLTransformer plainSpaces = new SQLTransformer();
        plainSpaces.setStatement("SELECT *, translate(" + TEXT_COL + ", '" + UNICODE_SPACES + "', '"
                + " ".repeat(UNICODE_SPACES.length()) + "') AS " + ANNOTATION_TEXT_COL + " FROM __THIS__");

        DocumentAssembler document = new DocumentAssembler();
        document.setInputCol(ANNOTATION_TEXT_COL);
        document.setOutputCol(DOCUMENT_COL);
        // "disabled" keeps the text verbatim, so annotation offsets index articles.text directly.
        document.setCleanupMode("disabled");

        SentenceDetector sentences = new SentenceDetector();
        sentences.setInputCols(new String[] {DOCUMENT_COL});
        sentences.setOutputCol(SENTENCE_COL);
        // Pathological inputs (a 20 MB "sentence") must not stall a task: long runs are cut.
        sentences.setSplitLength(maxSentenceLength);

        Tokenizer tokens = new Tokenizer();
        tokens.setInputCols(new String[] {SENTENCE_COL});
        tokens.setOutputCol(TOKEN_COL);

        return new Pipeline().setStages(new PipelineStage[] {plainSpaces, document, sentences, tokens});
    }

    /** Fits the pipeline; the base stages learn nothing, so an empty frame is enough. */
    public static PipelineModel fit(SparkSession spark, int maxSentenceLength) {
        StructType schema = new StructType().add(TEXT_COL, DataTypes.StringType);
        Dataset<Row> empty = spark.createDataFrame(List.<Row>of(), schema);
        return build(maxSentenceLength).fit(empty);
    }
}
