package dev.quarry.aggregate;

import dev.quarry.entities.EntityGrouper;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

import java.util.List;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

/**
 * External ids for speakers from a user's alias table ({@code speakers.aliases-file}: CSV with a header
 * row holding {@code id}, {@code name} and {@code alias}, one row per alias, e.g. a Wikidata export).
 * Names are compared folded as entity keys fold them (accents, case, punctuation).
 *
 * <p>A speaker is looked up in tiers, and the first tier that finds any entry decides: its canonical
 * name against the entries' names, then its canonical name against their aliases, then the other
 * full names (two words or more) it was given against either. When that tier finds exactly one id, it
 * becomes {@code speaker_qid}; when it finds several, none is chosen and they are listed in
 * {@code speaker_qid_candidates}, so an ambiguous name is reported rather than guessed. Generic groups
 * ("analysts") are never looked up.
 */
public final class SpeakerAliasTable {

    /** Candidate ids kept for an ambiguous speaker, sorted. */
    public static final int MAX_CANDIDATES = 20;
    /** The columns the file must have (header, any case). */
    public static final List<String> COLUMNS = List.of("id", "name", "alias");

    private static final UserDefinedFunction FOLD = udf(
            (UDF1<String, String>) name -> name == null ? null : EntityGrouper.foldName(name), DataTypes.StringType);

    /** id, folded name, kind (0: the entry's name, 1: an alias); null when there is no table. */
    private final Dataset<Row> entries;
    /** Rows without an id or without any name; null when there is no table. */
    private final Dataset<Row> unusable;

    private SpeakerAliasTable(Dataset<Row> entries, Dataset<Row> unusable) {
        this.entries = entries;
        this.unusable = unusable;
    }

    /** No alias table: every speaker gets a null speaker_qid. */
    public static SpeakerAliasTable none() {
        return new SpeakerAliasTable(null, null);
    }

    /** The table in {@code path} (any path Spark reads: local, hdfs://, s3a://). */
    public static SpeakerAliasTable read(SparkSession spark, String path) {
        Dataset<Row> raw = spark.read().option("header", "true").option("mode", "PERMISSIVE").option("encoding", "UTF-8").csv(path);
        List<String> missing = COLUMNS.stream()
                .filter(c -> java.util.Arrays.stream(raw.columns()).noneMatch(h -> h.strip().equalsIgnoreCase(c)))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("speakers.aliases-file " + path + " has no column " + String.join(", ", missing)
                    + " in its header row (it needs id, name, alias)");
        }
        return of(raw);
    }

    /** The table from rows with (at least) string columns id, name and alias. */
    public static SpeakerAliasTable of(Dataset<Row> rows) {
        Dataset<Row> r = rows.select(trimmed("id").as("x_id"), FOLD.apply(col("name")).as("x_name"), FOLD.apply(col("alias")).as("x_alias"));
        Column hasName = col("x_name").isNotNull().and(col("x_name").notEqual(""));
        Column hasAlias = col("x_alias").isNotNull().and(col("x_alias").notEqual(""));
        Column usable = col("x_id").isNotNull().and(hasName.or(hasAlias));
        Dataset<Row> good = r.filter(usable);
        Dataset<Row> entries = good.filter(hasName).select(col("x_id"), col("x_name").as("x_folded"), lit(0).as("x_kind"))
                .unionByName(good.filter(hasAlias).select(col("x_id"), col("x_alias").as("x_folded"), lit(1).as("x_kind")))
                .distinct();
        return new SpeakerAliasTable(entries, r.filter(org.apache.spark.sql.functions.not(coalesce(usable, lit(false)))));
    }

    private static Column trimmed(String column) {
        Column t = org.apache.spark.sql.functions.trim(col(column));
        return when(t.notEqual(""), t);
    }

    public boolean present() {
        return entries != null;
    }

    /**
     * {@code speakers} (speaker_id, speaker, speaker_type, aliases, ...) with {@code speaker_qid} and
     * {@code speaker_qid_candidates} added.
     */
    public Dataset<Row> link(Dataset<Row> speakers) {
        if (entries == null) {
            return speakers.withColumn("speaker_qid", lit(null).cast(DataTypes.StringType))
                    .withColumn("speaker_qid_candidates", expr("array()").cast("array<string>"));
        }
        Dataset<Row> named = speakers.filter(coalesce(col("speaker_type"), lit("")).notEqual("GROUP"));
        Dataset<Row> canonical = named.select(col("speaker_id").as("s_id"), FOLD.apply(col("speaker")).as("s_folded"), lit(true).as("s_canonical"));
        Dataset<Row> others = named.select(col("speaker_id").as("s_id"), explode(col("aliases")).as("a"))
                .filter(size(org.apache.spark.sql.functions.split(org.apache.spark.sql.functions.trim(col("a.name")), "\\s+")).geq(2))
                .select(col("s_id"), FOLD.apply(col("a.name")).as("s_folded"), lit(false).as("s_canonical"));
        Dataset<Row> names = canonical.unionByName(others).filter(col("s_folded").notEqual(""))
                .groupBy("s_id", "s_folded").agg(org.apache.spark.sql.functions.max("s_canonical").as("s_canonical"));
        Column tier = when(col("s_canonical").and(col("x_kind").equalTo(0)), 1)
                .when(col("s_canonical"), 2)
                .otherwise(3);
        Dataset<Row> perTier = names.join(entries, col("s_folded").equalTo(col("x_folded")))
                .withColumn("tier", tier)
                .groupBy("s_id", "tier").agg(array_sort(collect_set("x_id")).as("ids"));
        Dataset<Row> decided = perTier
                .withColumn("rank", row_number().over(Window.partitionBy("s_id").orderBy(col("tier").asc())))
                .filter(col("rank").equalTo(1))
                .select(col("s_id"),
                        when(size(col("ids")).equalTo(1), col("ids").getItem(0)).as("l_qid"),
                        when(size(col("ids")).gt(1), slice(col("ids"), 1, MAX_CANDIDATES)).as("l_candidates"));
        return speakers.join(decided, col("speaker_id").equalTo(col("s_id")), "left")
                .withColumn("speaker_qid", col("l_qid"))
                .withColumn("speaker_qid_candidates", coalesce(col("l_candidates"), expr("array()").cast("array<string>")))
                .drop("s_id", "l_qid", "l_candidates");
    }

    /**
     * One line for the run's log: how many speakers the table linked, how many matched ambiguously
     * (with examples), and how many of the file's rows could not be used.
     */
    public String summary(Dataset<Row> writtenSpeakers) {
        Row counts = writtenSpeakers.agg(
                org.apache.spark.sql.functions.count(lit(1)).as("all"),
                org.apache.spark.sql.functions.count(col("speaker_qid")).as("linked"),
                org.apache.spark.sql.functions.sum(when(size(col("speaker_qid_candidates")).gt(0), 1).otherwise(0)).as("ambiguous"))
                .first();
        long ambiguous = counts.isNullAt(2) ? 0 : counts.getLong(2);
        StringBuilder b = new StringBuilder("speakers.aliases-file: ")
                .append(counts.getLong(1)).append(" of ").append(counts.getLong(0)).append(" speakers linked, ")
                .append(ambiguous).append(" ambiguous (left unlinked, ids in speaker_qid_candidates)");
        if (ambiguous > 0) {
            List<Row> examples = writtenSpeakers.filter(size(col("speaker_qid_candidates")).gt(0))
                    .orderBy(col("quotes").desc(), col("speaker").asc()).limit(3)
                    .select("speaker", "speaker_qid_candidates").collectAsList();
            b.append(", e.g. ").append(examples.stream()
                    .map(r -> r.getString(0) + " -> " + String.join("|", r.<String>getList(1)))
                    .collect(Collectors.joining("; ")));
        }
        long bad = unusable.count();
        if (bad > 0) {
            b.append("; ").append(bad).append(" row(s) of the file have no id or no name and were not used");
        }
        return b.toString();
    }
}
