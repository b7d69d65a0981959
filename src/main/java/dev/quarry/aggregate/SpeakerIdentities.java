package dev.quarry.aggregate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * One identity per speaker across the archive: maps each {@code speaker_key} (one per folded name and
 * type, as each article wrote it) to an {@code identity_key} and a {@code speaker_id}.
 *
 * <ul>
 *   <li>A person's full name is its first and last word: "PER:ronald w reagan" and "PER:ronald reagan"
 *       are one identity; "PER:nancy reagan" is another (homonyms with different given names stay
 *       apart).</li>
 *   <li>A surname alone ("PER:reagan") joins the full name with that surname when that one person has
 *       at least {@value #DOMINANCE_PERCENT}% of the quotes of all full names with the surname in the
 *       archive; otherwise it stays an identity of its own.</li>
 *   <li>A name that NER typed as something else in some articles ("MISC:clayton yeutter") joins the
 *       person of the same name when there is one.</li>
 *   <li>Groups, organisations and the rest keep their key.</li>
 * </ul>
 * The id is a hash of the identity key, so it is stable within an output root for as long as the
 * identity's key is; a surname's identity can move when a new person with it comes to dominate.
 */
public final class SpeakerIdentities {

    /** The share of a surname's quotes one full name needs before the bare surname joins it. */
    public static final int DOMINANCE_PERCENT = 80;

    private SpeakerIdentities() {
    }

    /** speaker_key, identity_key, speaker_id for every distinct non-null speaker_key of {@code quotes}. */
    public static Dataset<Row> of(Dataset<Row> quotes) {
        return fromCounts(quotes.filter(col("speaker_key").isNotNull()).groupBy("speaker_key").agg(count(lit(1)).as("n")));
    }

    /**
     * The same from one row per speaker_key with its number of quotes {@code n}. Any other column of
     * {@code counts} is carried through to the key's row.
     */
    public static Dataset<Row> fromCounts(Dataset<Row> counts) {
        List<Column> carried = new ArrayList<>();
        for (String c : counts.columns()) {
            if (!c.equals("speaker_key") && !c.equals("n")) {
                carried.add(col(c));
            }
        }
        Dataset<Row> keys = counts
                .withColumn("type", expr("substring_index(speaker_key, ':', 1)"))
                .withColumn("words", split(expr("substr(speaker_key, length(substring_index(speaker_key, ':', 1)) + 2)"), " "))
                .withColumn("nw", size(col("words")));
        Column person = col("type").equalTo("PER");
        Dataset<Row> withParts = keys
                .withColumn("full_key", when(person.and(col("nw").geq(2)),
                        concat(lit("PER:"), element_at(col("words"), 1), lit(" "), element_at(col("words"), -1))))
                .withColumn("lone", when(person.and(col("nw").equalTo(1)), element_at(col("words"), 1)))
                .withColumn("plain_name", when(col("type").isin("MISC", "ORG"), expr("array_join(words, ' ')")));
        Dataset<Row> perFull = withParts.filter(col("full_key").isNotNull())
                .groupBy(element_at(col("words"), -1).as("surname"), col("full_key")).agg(sum("n").as("n"));
        Dataset<Row> dominant = perFull
                .withColumn("total", sum("n").over(Window.partitionBy("surname")))
                .withColumn("rank", row_number().over(Window.partitionBy("surname").orderBy(col("n").desc(), col("full_key").asc())))
                .filter(col("rank").equalTo(1).and(col("n").multiply(100).geq(col("total").multiply(DOMINANCE_PERCENT))))
                .select(col("surname").as("d_surname"), col("full_key").as("d_key"));
        Dataset<Row> fullNames = perFull.select(expr("substr(full_key, 5)").as("f_name"), col("full_key").as("f_key")).distinct();
        Dataset<Row> joined = withParts
                .join(dominant, col("lone").equalTo(col("d_surname")), "left")
                .join(fullNames, col("plain_name").equalTo(col("f_name")), "left");
        List<Column> out = new ArrayList<>(List.of(col("speaker_key"),
                coalesce(col("full_key"), col("d_key"), col("f_key"), col("speaker_key")).as("identity_key")));
        out.addAll(carried);
        return joined.select(out.toArray(Column[]::new))
                .withColumn("speaker_id", AggregateJob.hashId(col("identity_key")));
    }
}
