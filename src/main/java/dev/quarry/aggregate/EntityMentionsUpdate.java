package dev.quarry.aggregate;

import dev.quarry.tables.Table;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

/**
 * {@code entity_mentions_monthly} kept up to date by key: a run reads only the table's rows for the
 * entities and months its articles touch, adds its new articles' counts
 * ({@link AggregateJob#entityMentionCounts}) and takes away those of the articles it replaces. The
 * result is the rows a rebuild from every article would give for those keys, since every count is a
 * sum over articles and a run's articles are new to the table (a replaced article's old counts are
 * taken away first).
 */
public final class EntityMentionsUpdate {

    /** The key of a row: one entity (key and type) in one month. */
    public static final List<String> KEYS = List.of("entity_key", "type", "year", "month");

    /** A staged row with no mentions left: its key is deleted from the table (all its articles were replaced). */
    public static final String DELETES = "s.mentions <= 0";

    /** The key columns, with {@code more} after them: for a groupBy. */
    static Column[] keys(Column... more) {
        return java.util.stream.Stream.concat(KEYS.stream().map(k -> col(k)), java.util.Arrays.stream(more)).toArray(Column[]::new);
    }

    /** Rows of {@code left} with the columns of {@code right} for the same key, or nulls. */
    static Dataset<Row> withSameKey(Dataset<Row> left, Dataset<Row> right) {
        return left.join(right, scala.collection.JavaConverters.asScalaBuffer(KEYS).toSeq(), "left");
    }

    static final Column NO_NAMES = expr("array()").cast("array<struct<name:string,mentions:bigint>>");

    private EntityMentionsUpdate() {
    }

    /** (name, mentions) structs sorted most mentions first, ties by name. */
    static Column sortedNames(Column namesAndMentions) {
        Column byRank = org.apache.spark.sql.functions.array_sort(org.apache.spark.sql.functions.transform(namesAndMentions,
                x -> struct(x.getField("mentions").unary_$minus().as("neg"), x.getField("name").as("name"))));
        return org.apache.spark.sql.functions.transform(byRank,
                x -> struct(x.getField("name").as("name"), x.getField("neg").unary_$minus().as("mentions")));
    }

    /** Table rows from counts: the name is the most mentioned one. */
    public static Dataset<Row> tableRows(Dataset<Row> counts, String runId) {
        return counts.withColumn("name", coalesce(expr("names[0].name"), lit("")))
                .withColumn("run_id", lit(runId))
                .select(Table.ENTITY_MENTIONS_MONTHLY.sparkColumns());
    }

    /**
     * The rows that change: for every key the added or removed counts touch, the table's current
     * counts plus {@code added} minus {@code removed}. A key left with no mentions comes out with
     * mentions 0, for the commit to delete ({@link #DELETES}).
     *
     * @param current the table's rows (already narrowed to the touched months, so the read is small)
     * @param added   counts of the run's new articles
     * @param removed counts of the replaced articles' old versions, or null
     */
    public static Dataset<Row> changedRows(Dataset<Row> current, Dataset<Row> added, Dataset<Row> removed, String runId) {
        Dataset<Row> change = signed(added, 1);
        if (removed != null) {
            change = change.unionByName(signed(removed, -1));
        }
        Dataset<Row> touched = change.select(keys()).distinct();
        Dataset<Row> before = signed(current.join(touched, scala.collection.JavaConverters.asScalaBuffer(KEYS).toSeq(), "left_semi"), 1);
        Dataset<Row> all = before.unionByName(change);
        Dataset<Row> totals = all.groupBy(keys()).agg(
                sum(col("mentions").multiply(col("sign"))).as("mentions"),
                sum(col("articles").multiply(col("sign"))).as("articles"),
                sum(col("articles_quoted").multiply(col("sign"))).as("articles_quoted"));
        Dataset<Row> names = all.select(keys(col("sign"), explode(col("names")).as("x")))
                .groupBy(keys(col("x.name").as("name")))
                .agg(sum(col("x.mentions").multiply(col("sign"))).as("mentions"))
                .filter(col("mentions").gt(0))
                .groupBy(keys())
                .agg(sortedNames(collect_list(struct(col("name"), col("mentions")))).as("names"));
        Dataset<Row> counts = withSameKey(totals, names)
                .select(col("entity_key"), col("type"), col("year"), col("month"), col("mentions").cast("bigint").as("mentions"),
                        col("articles").cast("bigint").as("articles"), col("articles_quoted").cast("bigint").as("articles_quoted"),
                        coalesce(col("names"), NO_NAMES).as("names"));
        return tableRows(counts, runId);
    }

    private static Dataset<Row> signed(Dataset<Row> counts, int sign) {
        return counts.select(col("entity_key"), col("type"), col("year"), col("month"), col("mentions"), col("articles"),
                col("articles_quoted"), col("names"), lit(sign).as("sign"));
    }
}
