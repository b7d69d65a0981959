package dev.quarry.aggregate;

import dev.quarry.tables.Table;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

/**
 * Derives the analysis tables from quotes and entities: {@code quotations} (one row per distinct
 * quote across the archive), {@code speakers} (one row per speaker identity, see
 * {@link SpeakerIdentities}), {@code speakers_monthly} (per speaker and month) and
 * {@code entity_mentions_monthly} (per entity and month). Every step is a group-by or an equi-join,
 * so the cost grows linearly with the archive; every tie is broken by a value, so a rerun over the
 * same tables gives the same rows.
 *
 * <p>Crop rule: quotes are compared on their normalised text (lower case, punctuation and quotation
 * marks removed). A quote whose normalised text occurs, as whole words, inside a longer quote's
 * belongs to the longest quote that contains it. Containers are found through the quote's first
 * {@value #SHINGLE} words, which any container must hold; quotes shorter than that group only with
 * identical quotes, since a two-word fragment ("we will") is no evidence of the same quotation.
 */
public final class AggregateJob {

    /** Words a quote needs before it can be matched as a crop of a longer one. */
    public static final int SHINGLE = 6;

    private AggregateJob() {
    }

    /** The quote text as compared across articles. */
    static Column normalised(Column text) {
        return org.apache.spark.sql.functions.trim(org.apache.spark.sql.functions.regexp_replace(
                org.apache.spark.sql.functions.regexp_replace(org.apache.spark.sql.functions.lower(text), "[^\\p{L}\\p{N}\\s]", ""),
                "\\s+", " "));
    }

    /**
     * The analysis tables, planned; they are computed when written. {@code shared} (quotes with their
     * quotation) feeds both quotations and speakers and is cached, so that its chain of shuffles runs
     * once rather than once per table; {@link #release()} frees it after the write.
     */
    public record Aggregates(Map<Table, Dataset<Row>> tables, Dataset<Row> shared, Dataset<Row> identities) {
        public Dataset<Row> get(Table table) {
            return tables.get(table);
        }

        /**
         * {@code quotes} with {@code speaker_id} (the speaker's identity across the archive) and
         * {@code quotation_id} (the quotation it was grouped into) filled in.
         */
        public Dataset<Row> linkedQuotes(Dataset<Row> quotes) {
            Dataset<Row> links = shared.select(col("quote_id").as("l_quote_id"), col("quotation_id").as("l_quotation_id"));
            Dataset<Row> ids = identities.select(col("speaker_key").as("i_key"), col("speaker_id").as("i_speaker_id"));
            return quotes.drop("speaker_id", "quotation_id")
                    .join(ids, col("speaker_key").equalTo(col("i_key")), "left")
                    .join(links, col("quote_id").equalTo(col("l_quote_id")), "left")
                    .withColumn("speaker_id", col("i_speaker_id"))
                    .withColumn("quotation_id", col("l_quotation_id"))
                    .select(Table.QUOTES.sparkColumns());
        }

        public void release() {
            shared.unpersist();
            identities.unpersist();
        }
    }

    /** A stable id for a value: the first 16 hex digits of its SHA-256 (quotation_id, speaker_id). */
    static Column hashId(Column value) {
        return org.apache.spark.sql.functions.substring(org.apache.spark.sql.functions.sha2(value, 256), 1, 16);
    }

    /**
     * @param articles at least article_id and url: the quotations' urls come from here
     * @param aliases  the user's alias table giving speakers their external id, or {@link SpeakerAliasTable#none()}
     */
    public static Aggregates run(Dataset<Row> quotes, Dataset<Row> entities, Dataset<Row> articles, SpeakerAliasTable aliases,
                                 String runId) {
        Dataset<Row> identities = SpeakerIdentities.of(quotes).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> q = prepared(quotes, identities, articles);
        Dataset<Row> quoteToQuotation = quotationOf(q);
        Dataset<Row> withQuotation = q.join(quoteToQuotation, "norm").withColumn("quotation_id", hashId(col("quotation")))
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());

        Map<Table, Dataset<Row>> out = new LinkedHashMap<>();
        out.put(Table.QUOTATIONS, quotations(withQuotation, runId));
        out.put(Table.SPEAKERS, speakers(withQuotation, entities, aliases, runId));
        out.put(Table.SPEAKERS_MONTHLY, speakersMonthly(withQuotation, runId));
        out.put(Table.ENTITY_MENTIONS_MONTHLY, entityMentions(entities, quotes, runId));
        return new Aggregates(java.util.Collections.unmodifiableMap(out), withQuotation, identities);
    }

    /**
     * The quotes as the analysis tables read them: with the speaker's identity_key and speaker_id,
     * the article's url and the normalised text ({@code norm}); quotes whose text normalises to
     * nothing are left out. {@code keep}: more columns of the quotes to keep.
     */
    static Dataset<Row> prepared(Dataset<Row> quotes, Dataset<Row> identities, Dataset<Row> articles, String... keep) {
        Dataset<Row> urls = articles.filter(col("url").isNotNull()).select(col("article_id").as("u_article"), col("url"))
                .dropDuplicates("u_article");
        List<String> columns = new java.util.ArrayList<>(List.of("article_id", "text", "published_at", "source", "speaker", "speaker_key",
                "speaker_type", "speaker_entity_id"));
        columns.addAll(List.of(keep));
        return quotes.select("quote_id", columns.toArray(String[]::new))
                .join(identities.select(col("speaker_key").as("i_key"), col("identity_key"), col("speaker_id")),
                        col("speaker_key").equalTo(col("i_key")), "left")
                .drop("i_key")
                .join(urls, col("article_id").equalTo(col("u_article")), "left")
                .drop("u_article")
                .withColumn("norm", normalised(col("text")))
                .filter(col("norm").notEqual(""));
    }

    /** speakers from prepared quotes with quotation_id, linked to the user's alias table. */
    static Dataset<Row> speakers(Dataset<Row> q, Dataset<Row> entities, SpeakerAliasTable aliases, String runId) {
        return aliases.link(SpeakerDirectory.of(q, entities, runId)).select(Table.SPEAKERS.sparkColumns());
    }

    /** norm -> quotation (the normalised text of the longest quote containing it, or itself). */
    static Dataset<Row> quotationOf(Dataset<Row> q) {
        Dataset<Row> texts = q.select("norm").distinct();
        Dataset<Row> best = longestContainers(texts, texts, false).withColumnRenamed("norm", "b_norm");
        return texts.join(best, col("norm").equalTo(col("b_norm")), "left")
                .select(col("norm"), coalesce(col("container"), col("norm")).as("quotation"));
    }

    /**
     * For each of {@code norms} (column norm) with {@value #SHINGLE} words or more, the longest of
     * {@code texts} (column norm) that holds it as whole words and is longer, ties by text: norm,
     * container. Norms without a container are left out. With {@code fewNorms} the norms are few
     * (a day's new quotes) and the texts many: only the texts' shingles that some norm starts with
     * are kept, against a broadcast of the norms' first shingles, so the texts are never shuffled.
     */
    static Dataset<Row> longestContainers(Dataset<Row> norms, Dataset<Row> texts, boolean fewNorms) {
        Dataset<Row> firstShingle = withWords(norms).filter(col("n").geq(SHINGLE))
                .select(col("norm"), expr("concat_ws(' ', slice(words, 1, " + SHINGLE + "))").as("shingle"));
        Dataset<Row> allShingles;
        if (fewNorms) {
            firstShingle = org.apache.spark.sql.functions.broadcast(firstShingle);
            allShingles = shinglesAmong(texts, firstShingle).withColumnRenamed("norm", "container");
        } else {
            allShingles = shingles(texts).withColumnRenamed("norm", "container");
        }
        Dataset<Row> containers = firstShingle.join(allShingles, "shingle")
                .filter(col("container").notEqual(col("norm"))
                        .and(org.apache.spark.sql.functions.length(col("container")).gt(org.apache.spark.sql.functions.length(col("norm"))))
                        .and(expr("instr(concat(' ', container, ' '), concat(' ', norm, ' ')) > 0")))
                .select("norm", "container").distinct();
        WindowSpec longestFirst = Window.partitionBy("norm")
                .orderBy(org.apache.spark.sql.functions.length(col("container")).desc(), col("container").asc());
        return containers.withColumn("rank", row_number().over(longestFirst))
                .filter(col("rank").equalTo(1)).select(col("norm"), col("container"));
    }

    private static Dataset<Row> withWords(Dataset<Row> norms) {
        return norms.select("norm")
                .withColumn("words", org.apache.spark.sql.functions.split(col("norm"), " "))
                .withColumn("n", org.apache.spark.sql.functions.size(col("words")));
    }

    /** norm, shingle: every distinct run of {@value #SHINGLE} words of each norm that has as many. */
    static Dataset<Row> shingles(Dataset<Row> norms) {
        return withWords(norms).filter(col("n").geq(SHINGLE))
                .select(col("norm"), expr("explode(array_distinct(transform(sequence(1, n - " + (SHINGLE - 1)
                        + "), i -> concat_ws(' ', slice(words, i, " + SHINGLE + ")))))").as("shingle"));
    }

    /**
     * norm, shingle: the shingles of each of {@code texts} that are among {@code wanted} (column
     * shingle, a few thousand at most: they are sent to every task). The same rows as {@link #shingles}
     * joined with {@code wanted}, but without making every shingle of every text a row first: Spark
     * runs that array lambda interpreted, and over a whole table of texts it was the bulk of a daily
     * run's aggregate stage.
     */
    static Dataset<Row> shinglesAmong(Dataset<Row> texts, Dataset<Row> wanted) {
        java.util.Set<String> set = new java.util.HashSet<>(wanted.select("shingle").distinct()
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        org.apache.spark.broadcast.Broadcast<java.util.Set<String>> shared = org.apache.spark.api.java.JavaSparkContext
                .fromSparkContext(texts.sparkSession().sparkContext()).broadcast(set);
        return texts.select("norm").as(org.apache.spark.sql.Encoders.STRING())
                .flatMap((org.apache.spark.api.java.function.FlatMapFunction<String, scala.Tuple2<String, String>>) norm ->
                                ShingleWindows.among(norm, SHINGLE, shared.value()).stream().map(sh -> new scala.Tuple2<>(norm, sh)).iterator(),
                        org.apache.spark.sql.Encoders.tuple(org.apache.spark.sql.Encoders.STRING(), org.apache.spark.sql.Encoders.STRING()))
                .toDF("norm", "shingle");
    }

    /** The first {@value #SHINGLE} words of a norm, or null when it has fewer. */
    static Column firstShingle(Column norm) {
        Column words = org.apache.spark.sql.functions.split(norm, " ");
        return when(org.apache.spark.sql.functions.size(words).geq(SHINGLE),
                org.apache.spark.sql.functions.array_join(org.apache.spark.sql.functions.slice(words, 1, SHINGLE), " "));
    }

    /** quotations from prepared quotes with their quotation (text); one row per quotation among them. */
    static Dataset<Row> quotations(Dataset<Row> q, String runId) {
        // Undated occurrences sort after dated ones when looking for the first.
        Column order = coalesce(col("published_at"), expr("timestamp'9999-12-31 00:00:00'"));
        Dataset<Row> base = q.groupBy("quotation").agg(
                count(lit(1)).as("num_occurrences"),
                countDistinct("article_id").as("num_articles"),
                countDistinct("source").as("num_sources"),
                min("published_at").as("first_seen"),
                max("published_at").as("last_seen"),
                min(struct(order.as("o"), col("article_id"), col("source"))).as("first"),
                max(struct(org.apache.spark.sql.functions.length(col("text")).as("len"),
                        expr("reverse(text)").as("tie"), col("text"))).as("longest"),
                array_sort(collect_set("source")).as("sources"),
                array_sort(collect_set("article_id")).as("article_ids"),
                array_sort(collect_set("url")).as("urls"));
        Dataset<Row> votes = speakerVotes(q);
        Dataset<Row> joined = base.join(votes, base.col("quotation").equalTo(votes.col("v_quotation")), "left");
        return joined.select(
                hashId(col("quotation")).as("quotation_id"),
                col("quotation").as("text"),
                col("longest.text").as("longest_text"),
                col("num_occurrences"), col("num_articles"), col("num_sources"),
                col("first_seen"),
                col("first.article_id").as("first_article_id"),
                col("first.source").as("first_source"),
                col("last_seen"), col("sources"), col("article_ids"), col("urls"),
                col("speaker"), col("speaker_key"), col("speaker_id"),
                coalesce(col("speaker_probas"), expr("map()").cast("map<string,double>")).as("speaker_probas"),
                lit(runId).as("run_id"),
                coalesce(year(col("first_seen")), lit(Table.UNDATED)).as("year"),
                coalesce(month(col("first_seen")), lit(Table.UNDATED)).as("month"));
    }

    /**
     * Speaker vote per quotation: each occurrence votes for its speaker's identity key, or for "None"
     * when it has no resolved speaker; the winner is the identity with most votes (ties by key; "None"
     * never wins), its name the one most often given for it. {@code speaker_probas} holds every
     * identity's share of all the occurrences, and "None"'s.
     */
    static Dataset<Row> speakerVotes(Dataset<Row> q) {
        Dataset<Row> perKey = q.withColumn("vote_key", coalesce(col("identity_key"), lit(NO_SPEAKER)))
                .groupBy("quotation", "vote_key").agg(
                        count(lit(1)).as("votes"),
                        mostFrequent("speaker").as("name"),
                        max("speaker_id").as("id"));
        WindowSpec byQuotation = Window.partitionBy("quotation");
        Column isNone = col("vote_key").equalTo(NO_SPEAKER);
        Dataset<Row> shares = perKey.withColumn("total", sum("votes").over(byQuotation))
                .withColumn("rank", row_number().over(byQuotation.orderBy(isNone.asc(), col("votes").desc(), col("vote_key").asc())));
        Column winner = col("rank").equalTo(1).and(isNone.unary_$bang());
        return shares.groupBy("quotation").agg(
                max(when(winner, col("name"))).as("speaker"),
                max(when(winner, col("vote_key"))).as("speaker_key"),
                max(when(winner, col("id"))).as("speaker_id"),
                map_from_entries(array_sort(collect_list(struct(col("vote_key"), expr("votes / total")))))
                        .as("speaker_probas"))
                .withColumnRenamed("quotation", "v_quotation");
    }

    /** The key of the occurrences without a resolved speaker in {@code speaker_probas}. */
    public static final String NO_SPEAKER = "None";

    /** The most frequent value of a string column in the group; ties go to the smallest value. */
    static Column mostFrequent(String column) {
        // max over (count, reversed-order value) would need two passes; sorting the values and taking
        // the longest run is one aggregate expression.
        return expr("aggregate(array_sort(collect_list(" + column + ")), named_struct('best', cast(null as string), 'bestN', 0, 'cur', cast(null as string), 'n', 0),"
                + " (acc, x) -> named_struct("
                + "'best', case when (case when acc.cur = x then acc.n + 1 else 1 end) > acc.bestN then x else acc.best end,"
                + "'bestN', greatest(acc.bestN, case when acc.cur = x then acc.n + 1 else 1 end),"
                + "'cur', x, 'n', case when acc.cur = x then acc.n + 1 else 1 end),"
                + " acc -> acc.best)");
    }

    /** Per speaker identity and month; {@code speaker_key} is the identity key. */
    static Dataset<Row> speakersMonthly(Dataset<Row> q, String runId) {
        Dataset<Row> s = q.filter(col("identity_key").isNotNull())
                .withColumn("year", coalesce(year(col("published_at")), lit(Table.UNDATED)))
                .withColumn("month", coalesce(month(col("published_at")), lit(Table.UNDATED)));
        Dataset<Row> bySource = s.filter(col("source").isNotNull()).groupBy("speaker_id", "year", "month", "source").count()
                .withColumn("rank", row_number().over(Window.partitionBy("speaker_id", "year", "month")
                        .orderBy(col("count").desc(), col("source").asc())))
                .filter(col("rank").leq(5))
                .groupBy(col("speaker_id").as("s_id"), col("year").as("s_year"), col("month").as("s_month"))
                .agg(expr("transform(array_sort(collect_list(struct(rank, source))), x -> x.source)").as("top_sources"));
        Dataset<Row> base = s.groupBy("speaker_id", "identity_key", "year", "month").agg(
                mostFrequent("speaker").as("speaker"),
                count(lit(1)).as("quotes"),
                countDistinct("quotation_id").as("quotations"),
                countDistinct("article_id").as("articles"),
                min("published_at").as("first_quote_at"),
                max("published_at").as("last_quote_at"));
        return base.join(bySource, base.col("speaker_id").equalTo(bySource.col("s_id"))
                        .and(base.col("year").equalTo(bySource.col("s_year")))
                        .and(base.col("month").equalTo(bySource.col("s_month"))), "left")
                .select(col("speaker_id"), col("identity_key").as("speaker_key"), col("speaker"), col("quotes"), col("quotations"),
                        col("articles"), coalesce(col("top_sources"), expr("array()").cast("array<string>")).as("top_sources"),
                        col("first_quote_at"), col("last_quote_at"), lit(runId).as("run_id"), col("year"), col("month"));
    }

    /**
     * Per entity key, type and month, what the given entities (and the quotes of the same articles)
     * count: mentions, articles, articles_quoted and the mentions of each canonical name. Every count
     * is a sum over articles, so the counts of two disjoint sets of articles add up to those of their
     * union: a run adds its new articles' counts to the table and takes away a replaced article's old
     * ones ({@link EntityMentionsUpdate}), and gets the rows a rebuild from all articles would.
     */
    public static Dataset<Row> entityMentionCounts(Dataset<Row> entities, Dataset<Row> quotes) {
        Dataset<Row> quoted = quotes.filter(col("speaker_key").isNotNull())
                .select(col("article_id").as("q_article"), col("speaker_key").as("q_key")).distinct()
                .withColumn("quoted", lit(true));
        Dataset<Row> e = entities.join(quoted, entities.col("article_id").equalTo(quoted.col("q_article"))
                .and(entities.col("entity_key").equalTo(quoted.col("q_key"))), "left");
        Dataset<Row> names = e.filter(col("canonical_name").isNotNull())
                .groupBy(EntityMentionsUpdate.keys(col("canonical_name"))).agg(count(lit(1)).as("n"))
                .groupBy(EntityMentionsUpdate.keys())
                .agg(EntityMentionsUpdate.sortedNames(collect_list(struct(col("canonical_name").as("name"), col("n").as("mentions"))))
                        .as("names"));
        Dataset<Row> base = e.groupBy(EntityMentionsUpdate.keys()).agg(
                count(lit(1)).as("mentions"),
                countDistinct("article_id").as("articles"),
                countDistinct(when(col("quoted"), col("article_id"))).as("articles_quoted"));
        return EntityMentionsUpdate.withSameKey(base, names)
                .select(col("entity_key"), col("type"), col("year"), col("month"), col("mentions"), col("articles"), col("articles_quoted"),
                        coalesce(col("names"), EntityMentionsUpdate.NO_NAMES).as("names"));
    }

    /** entity_mentions_monthly in full, from all entities and quotes. */
    public static Dataset<Row> entityMentions(Dataset<Row> entities, Dataset<Row> quotes, String runId) {
        return EntityMentionsUpdate.tableRows(entityMentionCounts(entities, quotes), runId);
    }
}
