package dev.quarry.aggregate;

import dev.quarry.tables.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;

/**
 * The {@code speakers} dimension: one row per speaker identity ({@link SpeakerIdentities}) with its
 * canonical name, type, the names it was given with their counts, the titles and roles the articles
 * gave it, and when and how often it was quoted.
 */
final class SpeakerDirectory {

    /** Roles kept per speaker, alphabetically. */
    static final int MAX_ROLES = 20;

    private SpeakerDirectory() {
    }

    /** {@code q}: quotes with identity_key, speaker_id and quotation_id (one row per quote). */
    static Dataset<Row> of(Dataset<Row> q, Dataset<Row> entities, String runId) {
        Dataset<Row> s = q.filter(col("identity_key").isNotNull());
        Dataset<Row> names = s.groupBy("speaker_id", "speaker").agg(count(lit(1)).as("n"))
                .groupBy(col("speaker_id").as("a_id")).agg(
                        // Most quoted first; ties by name.
                        expr("transform(array_sort(collect_list(struct(-n as neg, speaker as name, n as quotes))), x -> named_struct('name', x.name, 'quotes', x.quotes))")
                                .as("aliases"),
                        // The canonical name: the most quoted full name (two words or more), else the most quoted name.
                        expr("array_sort(collect_list(struct(case when size(split(speaker, ' ')) >= 2 then 0 else 1 end as w, -n as neg, speaker as name)))[0].name")
                                .as("canonical"));
        Dataset<Row> roles = s.filter(col("speaker_entity_id").isNotNull())
                .select(col("article_id").as("r_article"), col("speaker_entity_id").as("r_entity"), col("speaker_id").as("r_id")).distinct()
                .join(entities.filter(size(col("roles")).gt(0)).select(col("article_id"), col("entity_id"), col("roles")).distinct(),
                        col("r_article").equalTo(col("article_id")).and(col("r_entity").equalTo(col("entity_id"))))
                .select(col("r_id"), explode(col("roles")).as("role"))
                .groupBy("r_id").agg(expr("slice(array_sort(collect_set(role)), 1, " + MAX_ROLES + ")").as("roles"));
        Dataset<Row> base = s.groupBy("speaker_id", "identity_key").agg(
                AggregateJob.mostFrequent("speaker_type").as("speaker_type"),
                count(lit(1)).as("quotes"),
                countDistinct("quotation_id").as("quotations"),
                countDistinct("article_id").as("articles"),
                countDistinct("source").as("sources"),
                min("published_at").as("first_seen"),
                max("published_at").as("last_seen"));
        return base.join(names, col("speaker_id").equalTo(col("a_id")))
                .join(roles, col("speaker_id").equalTo(col("r_id")), "left")
                .select(col("speaker_id"), col("canonical").as("speaker"), col("speaker_type"), col("identity_key"), col("aliases"),
                        coalesce(col("roles"), expr("array()").cast("array<string>")).as("roles"),
                        col("quotes"), col("quotations"), col("articles"), col("sources"), col("first_seen"), col("last_seen"),
                        lit(runId).as("run_id"));
    }
}
