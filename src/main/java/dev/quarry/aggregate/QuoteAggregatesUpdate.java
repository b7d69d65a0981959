package dev.quarry.aggregate;

import dev.quarry.tables.Table;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * quotations, speakers and speakers_monthly updated by key from a run's new quotes, instead of
 * derived again from every quote. The rows of a quotation or a speaker are recomputed, from all of
 * its quotes, only when the run touches it; the others stay as they are. What a new quote can touch:
 * <ul>
 *   <li>its own quotation and speaker;</li>
 *   <li>an old quote's speaker, when the new quotes move that quote's speaker_key to another identity
 *       (a bare surname now dominated by a new full name, see {@link SpeakerIdentities}); the identity
 *       map is small, one row per name, so it is computed again from one count per key (with the ids
 *       the key's quotes had, to find the keys that moved);</li>
 *   <li>an old quote's quotation, when a new quote is a longer text that holds it (crop rule of
 *       {@link AggregateJob}). Such an old quote starts with one of the new texts' shingles, so the old
 *       quotes are only scanned against a broadcast of those shingles.</li>
 * </ul>
 * A new quote's quotation is the longest text holding it among the new texts and the quotations'
 * texts: the longest container of a text is never inside a longer one, so it is a quotation already
 * or a new text. Both old ids and new ids of a moved quote are touched, so a quotation or speaker that
 * loses its last quote gets a row with a zero count, which the upsert turns into a delete
 * ({@link #QUOTATION_DELETES}, {@link #SPEAKER_DELETES}); so does a (speaker, month) that no longer has
 * quotes. The result equals a rebuild from all quotes provided the tables were that before: every run
 * keeps it so, and {@code --full} restores it. A run that replaces articles (their old quotes leave
 * the archive, which can break a quotation apart) derives the tables in full instead.
 */
public final class QuoteAggregatesUpdate {

    public static final String QUOTATION_DELETES = "s.num_occurrences <= 0";
    public static final String SPEAKER_DELETES = "s.quotes <= 0";
    /** Upsert keys; with year and month the MERGE reads only the months the rows bring. */
    public static final String[] QUOTE_KEYS = {"quote_id", "year", "month"};
    public static final String[] QUOTATION_KEYS = {"quotation_id", "year", "month"};
    public static final String[] SPEAKER_KEYS = {"speaker_id"};
    public static final String[] SPEAKER_MONTH_KEYS = {"speaker_id", "year", "month"};

    /**
     * The rows to upsert into each table. {@code quotes}: the new quotes linked (speaker_id,
     * quotation_id) and the old ones whose links moved.
     */
    public record Changes(Dataset<Row> quotes, Dataset<Row> quotations, Dataset<Row> speakers, Dataset<Row> speakersMonthly) {
    }

    /**
     * Computes a step that later steps read more than once, and gives it back as a plan of its own
     * (a run writes it to its staging folder). Kept as plans or caches instead, the steps nest, and
     * Spark spends minutes rendering the nested plans as text for its adaptive-execution UI events.
     */
    @FunctionalInterface
    public interface Materialise {
        Dataset<Row> apply(String name, Dataset<Row> rows);
    }

    /** The current tables and everything they are derived from, as the run's staging sees them. */
    public record Current(Dataset<Row> quotes, Dataset<Row> quotations, Dataset<Row> speakers, Dataset<Row> speakersMonthly,
                          Dataset<Row> entities, Dataset<Row> articles) {
    }

    private QuoteAggregatesUpdate() {
    }

    /**
     * @param current the tables before the run; {@code entities} and {@code articles} already with the
     *                run's new rows (roles and urls come from there); none of the run's articles replaces one
     * @param added   the run's new quotes, not linked yet
     */
    public static Changes of(Current current, Dataset<Row> added, SpeakerAliasTable aliases, String runId, Materialise materialise) {
        Dataset<Row> old = current.quotes();
        // One count per speaker_key, with the ids its old quotes were given: the identities come from the
        // counts, and a key whose identity is not the id it had has moved. Null ids read as "", which no id is.
        Dataset<Row> keyCounts = old.filter(col("speaker_key").isNotNull()).groupBy("speaker_key")
                .agg(count(lit(1)).as("n"), collect_set(coalesce(col("speaker_id"), lit(""))).as("old_ids"))
                .unionByName(added.filter(col("speaker_key").isNotNull()).groupBy("speaker_key")
                        .agg(count(lit(1)).as("n"), expr("cast(array() as array<string>)").as("old_ids")))
                .groupBy("speaker_key").agg(sum("n").as("n"), flatten(collect_list("old_ids")).as("old_ids"));
        Dataset<Row> identities = materialise.apply("identities", SpeakerIdentities.fromCounts(keyCounts));
        Dataset<Row> moved = identities.filter(expr("exists(old_ids, x -> x <> speaker_id)"))
                .select(col("speaker_key").as("m_key"), col("speaker_id").as("m_new"));

        // Quotations of the new texts, and old texts that a new, longer one now holds.
        Dataset<Row> addedNorms = materialise.apply("added_norms", added.select(AggregateJob.normalised(col("text")).as("norm"))
                .filter(col("norm").notEqual("")).distinct());
        // Not made distinct: that would shuffle every quotation's text; a text twice only finds its containers twice.
        Dataset<Row> candidates = current.quotations().select(col("text").as("norm")).unionByName(addedNorms);
        Dataset<Row> addedQuotation = AggregateJob.longestContainers(addedNorms, candidates, true).withColumnRenamed("norm", "c_norm");
        Dataset<Row> newQuotation = materialise.apply("new_quotation", addedNorms.join(addedQuotation, col("norm").equalTo(col("c_norm")), "left")
                .select(col("norm").as("n_norm"), coalesce(col("container"), col("norm")).as("n_quotation")));
        // The old quotes the run can change, in one pass over them: those whose speaker moved, and those
        // that start with a shingle of a new text (a new, longer text may hold them).
        Dataset<Row> oldCandidates = materialise.apply("old_candidates", old
                .withColumn("a_norm", AggregateJob.normalised(col("text")))
                .join(broadcast(AggregateJob.shingles(addedNorms).select("shingle").distinct()),
                        AggregateJob.firstShingle(col("a_norm")).equalTo(col("shingle")), "left")
                .join(broadcast(moved), col("speaker_key").equalTo(col("m_key")), "left")
                .filter(col("shingle").isNotNull().or(col("m_key").isNotNull())));
        Dataset<Row> held = oldCandidates.filter(col("shingle").isNotNull())
                .select(col("quotation_id").as("o_qid"), col("a_norm").as("o_norm")).distinct();
        Dataset<Row> heldBy = AggregateJob.longestContainers(held.select(col("o_norm").as("norm")), addedNorms, true);
        Dataset<Row> regrouped = materialise.apply("regrouped", current.quotations().select(col("quotation_id").as("t_qid"), col("text").as("now"))
                .join(broadcast(held.join(heldBy, col("o_norm").equalTo(col("norm")))), col("o_qid").equalTo(col("t_qid")))
                .filter(length(col("container")).gt(length(col("now")))
                        .or(length(col("container")).equalTo(length(col("now"))).and(col("container").lt(col("now")))))
                .select(col("o_norm").as("r_norm"), col("container").as("r_quotation"))
                .dropDuplicates("r_norm"));

        // Old quotes whose speaker or quotation moved, relinked; the new quotes, linked.
        Dataset<Row> affected = materialise.apply("affected", oldCandidates
                .join(broadcast(regrouped), col("a_norm").equalTo(col("r_norm")), "left")
                .filter(col("r_quotation").isNotNull().or(col("m_key").isNotNull()))
                .withColumn("o_speaker_id", col("speaker_id"))
                .withColumn("o_quotation_id", col("quotation_id"))
                .withColumn("speaker_id", when(col("m_key").isNotNull(), col("m_new")).otherwise(col("speaker_id")))
                .withColumn("quotation_id", when(col("r_quotation").isNotNull(), AggregateJob.hashId(col("r_quotation")))
                        .otherwise(col("quotation_id"))));
        Dataset<Row> linkedAdded = added.drop("speaker_id", "quotation_id")
                .join(broadcast(identities.select(col("speaker_key").as("i_key"), col("speaker_id"))),
                        col("speaker_key").equalTo(col("i_key")), "left")
                .withColumn("a_norm", AggregateJob.normalised(col("text")))
                .join(broadcast(newQuotation), col("a_norm").equalTo(col("n_norm")), "left")
                .withColumn("quotation_id", AggregateJob.hashId(col("n_quotation")));
        Dataset<Row> changedQuotes = materialise.apply("changed_quotes", linkedAdded.select(Table.QUOTES.sparkColumns())
                .unionByName(affected.select(Table.QUOTES.sparkColumns())));

        // Small plans over the written steps, read again where needed rather than written once more.
        Dataset<Row> touchedQuotations = changedQuotes.select("quotation_id")
                .unionByName(affected.select(col("o_quotation_id").as("quotation_id")))
                .filter(col("quotation_id").isNotNull()).distinct();
        Dataset<Row> touchedSpeakers = changedQuotes.select("speaker_id")
                .unionByName(affected.select(col("o_speaker_id").as("speaker_id")))
                .filter(col("speaker_id").isNotNull()).distinct();
        // The quotes of the touched quotations and speakers as they stand after the run (the old ones
        // that did not move, and the changed ones), in one pass over the old quotes.
        Dataset<Row> touchedQuotes = materialise.apply("touched_quotes", old.join(broadcast(changedQuotes.select("quote_id")), "quote_id", "left_anti")
                .select(Table.QUOTES.sparkColumns()).unionByName(changedQuotes)
                .join(broadcast(touchedQuotations.select(col("quotation_id").as("tq_id"))), col("quotation_id").equalTo(col("tq_id")), "left")
                .join(broadcast(touchedSpeakers.select(col("speaker_id").as("ts_id"))), col("speaker_id").equalTo(col("ts_id")), "left")
                .filter(col("tq_id").isNotNull().or(col("ts_id").isNotNull()))
                .select(Table.QUOTES.sparkColumns()));

        // quotations: each touched one from all its quotes; its text from the new groupings or the table.
        Dataset<Row> touchedBefore = current.quotations().join(broadcast(touchedQuotations), "quotation_id", "left_semi");
        Dataset<Row> texts = newQuotation.select(col("n_quotation").as("quotation"))
                .unionByName(regrouped.select(col("r_quotation").as("quotation")))
                .distinct().withColumn("x_qid", AggregateJob.hashId(col("quotation")))
                .unionByName(touchedBefore.select(col("text").as("quotation"), col("quotation_id").as("x_qid")))
                .distinct();
        Dataset<Row> quotationQuotes = touchedQuotes.join(broadcast(touchedQuotations), "quotation_id", "left_semi");
        Dataset<Row> quotationMembers = AggregateJob.prepared(quotationQuotes, broadcast(identities), articlesOf(current, quotationQuotes), "quotation_id")
                .join(broadcast(texts), col("quotation_id").equalTo(col("x_qid")));
        Dataset<Row> quotations = withDeletes(materialise.apply("quotations", AggregateJob.quotations(quotationMembers, runId)),
                touchedBefore, QUOTATION_KEYS, "num_occurrences", runId);

        // speakers and speakers_monthly: each touched speaker from all its quotes.
        Dataset<Row> speakerQuotes = touchedQuotes.join(broadcast(touchedSpeakers), "speaker_id", "left_semi");
        Dataset<Row> speakerMembers = materialise.apply("speaker_quotes",
                AggregateJob.prepared(speakerQuotes, broadcast(identities), articlesOf(current, speakerQuotes), "quotation_id"));
        Dataset<Row> entities = current.entities().join(broadcast(speakerMembers.select("article_id").distinct()), "article_id", "left_semi");
        Dataset<Row> speakers = AggregateJob.speakers(speakerMembers, entities, aliases, runId);
        if (aliases.present()) {
            speakers = speakers.unionByName(relinked(current.speakers().join(broadcast(touchedSpeakers), "speaker_id", "left_anti"), aliases, runId));
        }
        speakers = withDeletes(materialise.apply("speakers", speakers), current.speakers().join(broadcast(touchedSpeakers), "speaker_id", "left_semi"),
                SPEAKER_KEYS, "quotes", runId);
        Dataset<Row> monthly = withDeletes(materialise.apply("speakers_monthly", AggregateJob.speakersMonthly(speakerMembers, runId)),
                current.speakersMonthly().join(broadcast(touchedSpeakers), "speaker_id", "left_semi"), SPEAKER_MONTH_KEYS, "quotes", runId);
        return new Changes(changedQuotes, quotations, speakers, monthly);
    }

    /** The articles of the given quotes (for their urls), read without shuffling the articles table. */
    private static Dataset<Row> articlesOf(Current current, Dataset<Row> quotes) {
        return current.articles().join(broadcast(quotes.select("article_id").distinct()), "article_id", "left_semi");
    }

    /**
     * {@code rows} plus, for each of the table's {@code before} rows (those of touched keys) whose key
     * the rows no longer have, that row with a zero {@code count}: the upsert deletes it.
     */
    private static Dataset<Row> withDeletes(Dataset<Row> rows, Dataset<Row> before, String[] keys, String count, String runId) {
        scala.collection.Seq<String> on = scala.collection.JavaConverters.asScalaBuffer(List.of(keys)).toSeq();
        Dataset<Row> gone = before.join(rows.select(java.util.Arrays.stream(keys).map(org.apache.spark.sql.functions::col).toArray(Column[]::new)),
                        on, "left_anti")
                .withColumn(count, lit(0L))
                .withColumn("run_id", lit(runId));
        return rows.unionByName(gone);
    }

    /** Untouched speakers whose external id the alias table now gives differently (the file changed). */
    private static Dataset<Row> relinked(Dataset<Row> untouched, SpeakerAliasTable aliases, String runId) {
        Dataset<Row> was = untouched.select(col("speaker_id").as("w_id"), col("speaker_qid").as("w_qid"),
                col("speaker_qid_candidates").as("w_candidates"));
        return aliases.link(untouched.drop("speaker_qid", "speaker_qid_candidates"))
                .join(was, col("speaker_id").equalTo(col("w_id")))
                .filter(not(col("speaker_qid").eqNullSafe(col("w_qid"))).or(not(col("speaker_qid_candidates").eqNullSafe(col("w_candidates")))))
                .withColumn("run_id", lit(runId))
                .select(Table.SPEAKERS.sparkColumns());
    }
}
