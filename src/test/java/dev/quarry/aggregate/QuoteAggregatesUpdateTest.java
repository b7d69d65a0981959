package dev.quarry.aggregate;

import dev.quarry.tables.Table;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.quarry.aggregate.AggregateJobTest.mention;
import static dev.quarry.aggregate.AggregateJobTest.quote;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * quotations, speakers and speakers_monthly updated by key from a day's new quotes give the rows
 * (and the quotes their links) that deriving them again from all quotes gives.
 */
class QuoteAggregatesUpdateTest {

    private static SparkSession spark;
    /** The tables after day 1, derived in full. */
    private static java.util.Map<String, Dataset<Row>> day1;

    @BeforeAll
    static void dayOne() {
        spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        day1 = rebuilt(quotes(DAY1), SpeakerAliasTable.none());
    }

    private static final String BRIDGE = "We will build the new bridge over the river, and soon.";

    // Day 1: a quote, a crop of it in another article, a bare surname that is the only "Reagan" so far,
    // a short quote, a group, and a speaker nobody quotes again.
    private static final Row[] DAY1 = {
            quote("q1", "a1", BRIDGE, "2024-03-02", "alpha.example", "Reagan", "PER:reagan"),
            quote("q2", "a1", "The bridge will open in May next year for all of us.", "2024-03-02", "alpha.example", "Ana Petrova", "PER:ana petrova"),
            quote("q3", "a2", "\u201CWe will build the new bridge", "2024-03-05", "beta.example", "Reagan", "PER:reagan"),
            quote("q4", "a2", "Short one.", "2024-03-05", "beta.example", "Ana Petrova", "PER:ana petrova"),
            quote("q5", "a2", "The market fell sharply again today and tomorrow too.", "2024-03-05", "beta.example", "Analysts", "GROUP:analysts"),
            quote("q6", "a2", "Ferries run from Monday to Friday in the summer.", "2024-03-05", "beta.example", "Tomas Lind", "PER:tomas lind")};
    // Day 2: "Ronald Reagan" (so the bare surname moves to him) says a longer text holding day 1's quote
    // (so day 1's quotation is absorbed); a crop of Ana Petrova's quote with no speaker; the short quote
    // again in April; a quote with no words; an undated quote.
    private static final Row[] DAY2 = {
            quote("q7", "a3", "Today we will build the new bridge over the river and soon the road.", "2024-03-09", "gamma.example",
                    "Ronald Reagan", "PER:ronald reagan"),
            quote("q8", "a3", "the bridge will open in May next year", "2024-03-09", "gamma.example", null, null),
            quote("q9", "a4", "Short one!", "2024-04-01", "alpha.example", "Ana Petrova", "PER:ana petrova"),
            quote("q10", "a4", "...", "2024-04-01", "alpha.example", "Ana Petrova", "PER:ana petrova"),
            quote("q11", "a5", "The market fell sharply again today.", null, "delta.example", "Analysts", "GROUP:analysts")};

    private static Dataset<Row> quotes(Row... rows) {
        return spark.createDataFrame(List.of(rows), Table.QUOTES.schema());
    }

    private static Row[] concat(Row[] a, Row[] b) {
        Row[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Dataset<Row> entities() {
        return spark.createDataFrame(List.of(mention("a1", "PER:reagan", "PER", "Reagan", "2024-03-02"),
                mention("a3", "PER:ronald reagan", "PER", "Ronald Reagan", "2024-03-09")), Table.ENTITIES.schema());
    }

    private static Dataset<Row> articles() {
        List<Row> rows = new ArrayList<>();
        for (String a : List.of("a1", "a2", "a3", "a4")) {
            rows.add(RowFactory.create(a, "https://news.example/" + a));
        }
        rows.add(RowFactory.create("a5", null));
        return spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType().add("article_id", "string").add("url", "string"));
    }

    private static SpeakerAliasTable aliases() {
        return SpeakerAliasTable.of(spark.createDataFrame(List.of(RowFactory.create("Q7", "Tomas Lind", "")),
                new org.apache.spark.sql.types.StructType().add("id", "string").add("name", "string").add("alias", "string")));
    }

    /** The tables (and linked quotes) derived from all of the given quotes. */
    private static java.util.Map<String, Dataset<Row>> rebuilt(Dataset<Row> quotes, SpeakerAliasTable aliases) {
        AggregateJob.Aggregates a = AggregateJob.run(quotes, entities(), articles(), aliases, "full");
        java.util.Map<String, Dataset<Row>> t = new java.util.LinkedHashMap<>();
        t.put("quotes", a.linkedQuotes(quotes).localCheckpoint());
        for (Table table : List.of(Table.QUOTATIONS, Table.SPEAKERS, Table.SPEAKERS_MONTHLY)) {
            t.put(table.tableName(), a.get(table).select(table.sparkColumns()).localCheckpoint());
        }
        return t;
    }

    /** The table after an upsert of {@code changed} by {@code keys}, rows with a zero {@code count} deleting their key. */
    private static List<String> applied(Dataset<Row> table, Dataset<Row> changed, String[] keys, String count) {
        Column[] k = java.util.Arrays.stream(keys).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        Dataset<Row> kept = table.join(changed.select(k), scala.collection.JavaConverters.asScalaBuffer(List.of(keys)).toSeq(), "left_anti")
                .select(table.columns()[0], java.util.Arrays.copyOfRange(table.columns(), 1, table.columns().length));
        Dataset<Row> written = changed.select(table.columns()[0], java.util.Arrays.copyOfRange(table.columns(), 1, table.columns().length));
        return rows(kept.unionByName(count == null ? written : written.filter(col(count).gt(0))));
    }

    /**
     * The changes that the day's quotes make to the day-1 tables, computed once as the run's staging
     * does, so that the checks do not plan them again.
     */
    private static QuoteAggregatesUpdate.Changes update(Dataset<Row> added, SpeakerAliasTable aliases) {
        QuoteAggregatesUpdate.Changes c = QuoteAggregatesUpdate.of(new QuoteAggregatesUpdate.Current(day1.get("quotes"),
                day1.get("quotations"), day1.get("speakers"), day1.get("speakers_monthly"), entities(), articles()), added, aliases, "r2",
                (name, d) -> d.localCheckpoint());
        return new QuoteAggregatesUpdate.Changes(c.quotes().localCheckpoint(), c.quotations().localCheckpoint(),
                c.speakers().localCheckpoint(), c.speakersMonthly().localCheckpoint());
    }

    private static List<String> rows(Dataset<Row> table) {
        return table.drop("run_id").collectAsList().stream().map(Row::toString).sorted().toList();
    }

    @Test
    void aDaysQuotesUpdateTheTablesToWhatARebuildGives() {
        java.util.Map<String, Dataset<Row>> full = rebuilt(quotes(concat(DAY1, DAY2)), aliases());
        QuoteAggregatesUpdate.Changes changes = update(quotes(DAY2), aliases());
        assertEquals(rows(full.get("quotes")), applied(day1.get("quotes"), changes.quotes(), QuoteAggregatesUpdate.QUOTE_KEYS, null));
        assertEquals(rows(full.get("quotations")), applied(day1.get("quotations"), changes.quotations(),
                QuoteAggregatesUpdate.QUOTATION_KEYS, "num_occurrences"));
        assertEquals(rows(full.get("speakers")), applied(day1.get("speakers"), changes.speakers(), QuoteAggregatesUpdate.SPEAKER_KEYS, "quotes"));
        assertEquals(rows(full.get("speakers_monthly")), applied(day1.get("speakers_monthly"), changes.speakersMonthly(),
                QuoteAggregatesUpdate.SPEAKER_MONTH_KEYS, "quotes"));

        // The day moved what it had to: Reagan's old quotes to Ronald Reagan, day 1's bridge quotation into the longer one.
        List<Row> moved = changes.quotes().filter(col("quote_id").isin("q1", "q3")).collectAsList();
        assertEquals(2, moved.size());
        Row ronald = full.get("speakers").filter(col("identity_key").equalTo("PER:ronald reagan")).first();
        assertTrue(moved.stream().allMatch(r -> ronald.getAs("speaker_id").equals(r.getAs("speaker_id"))), moved.toString());
        assertEquals(3L, (long) ronald.getAs("quotes"));
        assertEquals(1L, changes.quotations().filter(col("num_occurrences").equalTo(0)).count(), "day 1's bridge quotation is deleted");
        // Ana Petrova's first quote is untouched (the crop joins it); Tomas Lind is not quoted again, only linked to the alias table.
        assertEquals(0L, changes.quotes().filter(col("quote_id").isin("q2", "q4", "q5", "q6")).count());
        assertEquals("Q7", changes.speakers().filter(col("speaker").equalTo("Tomas Lind")).first().getAs("speaker_qid"));
    }

    @Test
    void aDayWithNothingThatTouchesOldRowsChangesOnlyItsOwn() {
        QuoteAggregatesUpdate.Changes changes = update(quotes(quote("q20", "a4", "Nobody here has heard of the new harbour plan at all.",
                "2024-04-01", "alpha.example", "Ines Moreau", "PER:ines moreau")), SpeakerAliasTable.none());
        assertEquals(List.of("q20"), changes.quotes().collectAsList().stream().map(r -> (String) r.getAs("quote_id")).toList());
        assertEquals(1L, changes.quotations().count());
        assertEquals(1L, changes.speakers().count());
        assertEquals(1L, changes.speakersMonthly().count());
    }
}
