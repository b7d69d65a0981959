package dev.quarry.aggregate;

import dev.quarry.tables.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.quarry.aggregate.AggregateJobTest.mention;
import static dev.quarry.aggregate.AggregateJobTest.quote;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** entity_mentions_monthly by key: a run's added and removed counts give the rows a rebuild gives. */
class EntityMentionsUpdateTest {

    private static SparkSession spark;

    @BeforeAll
    static void session() {
        spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    private static Dataset<Row> entities(Row... rows) {
        return spark.createDataFrame(List.of(rows), Table.ENTITIES.schema());
    }

    private static Dataset<Row> quotes(Row... rows) {
        return spark.createDataFrame(List.of(rows), Table.QUOTES.schema());
    }

    /** The table after an upsert of {@code changed}, rows with no mentions deleting their key; run_id left out. */
    private static List<String> applied(Dataset<Row> table, Dataset<Row> changed) {
        scala.collection.Seq<String> keys = scala.collection.JavaConverters.asScalaBuffer(EntityMentionsUpdate.KEYS).toSeq();
        Dataset<Row> kept = table.join(changed.select("entity_key", "type", "year", "month"), keys, "left_anti")
                .select(Table.ENTITY_MENTIONS_MONTHLY.sparkColumns());
        return rows(kept.unionByName(changed.filter(col("mentions").gt(0))));
    }

    private static List<String> rows(Dataset<Row> table) {
        return table.drop("run_id").collectAsList().stream().map(Row::toString).sorted().toList();
    }

    // Day 1: Ana Petrova in a1 (twice, quoted there) and a2; Oslo in a2. Day 2: a3 calls her "Anna Petrova"
    // under the same key, and mentions Oslo in April.
    private static final Row[] DAY1 = {
            mention("a1", "PER:ana petrova", "PER", "Ana Petrova", "2024-03-02"),
            mention("a1", "PER:ana petrova", "PER", "Ana Petrova", "2024-03-02"),
            mention("a2", "PER:ana petrova", "PER", "Ana Petrova", "2024-03-04"),
            mention("a2", "LOC:oslo", "LOC", "Oslo", "2024-03-04")};
    private static final Row[] DAY2 = {
            mention("a3", "PER:ana petrova", "PER", "Anna Petrova", "2024-03-09"),
            mention("a3", "PER:ana petrova", "PER", "Anna Petrova", "2024-03-09"),
            mention("a3", "PER:ana petrova", "PER", "Anna Petrova", "2024-03-09"),
            mention("a4", "LOC:oslo", "LOC", "Oslo", "2024-04-01")};
    private static final Row QUOTE_A1 = quote("q1", "a1", "We will wait.", "2024-03-02", "alpha.example", "Ana Petrova", "PER:ana petrova");
    private static final Row QUOTE_A3 = quote("q3", "a3", "We waited.", "2024-03-09", "alpha.example", "Anna Petrova", "PER:ana petrova");

    private static Row[] concat(Row[] a, Row[] b) {
        Row[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void addingADaysCountsGivesTheRowsOfARebuild() {
        Dataset<Row> rebuilt = EntityMentionsUpdate.tableRows(
                AggregateJob.entityMentionCounts(entities(concat(DAY1, DAY2)), quotes(QUOTE_A1, QUOTE_A3)), "full");
        Dataset<Row> day1 = EntityMentionsUpdate.tableRows(AggregateJob.entityMentionCounts(entities(DAY1), quotes(QUOTE_A1)), "r1");
        Dataset<Row> changed = EntityMentionsUpdate.changedRows(day1,
                AggregateJob.entityMentionCounts(entities(DAY2), quotes(QUOTE_A3)), null, "r2");
        assertEquals(rows(rebuilt), applied(day1, changed));

        Row ana = rebuilt.filter("entity_key = 'PER:ana petrova'").first();
        assertEquals(6L, (long) ana.getAs("mentions"));
        assertEquals(3L, (long) ana.getAs("articles"));
        assertEquals(2L, (long) ana.getAs("articles_quoted"), "quoted in a1 and a3");
        assertEquals("Ana Petrova", ana.getAs("name"), "3 mentions against 3: the tie goes to the smaller name");
        assertEquals("[[Ana Petrova,3], [Anna Petrova,3]]", ana.getList(ana.fieldIndex("names")).toString());
        // Only the keys day 2 touched change: Oslo in March is not rewritten.
        assertEquals(List.of("LOC:oslo|4", "PER:ana petrova|3"),
                changed.collectAsList().stream().map(r -> r.getAs("entity_key") + "|" + r.getAs("month")).sorted().toList());
    }

    @Test
    void aReplacedArticlesOldCountsAreTakenAwayAndAKeyLeftEmptyIsDeleted() {
        Dataset<Row> before = EntityMentionsUpdate.tableRows(
                AggregateJob.entityMentionCounts(entities(concat(DAY1, DAY2)), quotes(QUOTE_A1, QUOTE_A3)), "r2");
        // a3 is corrected: it now names Ivan Petrov, once, and no longer quotes anyone; a4 is corrected without Oslo.
        Row[] corrected = {mention("a3", "PER:ivan petrov", "PER", "Ivan Petrov", "2024-03-09"),
                mention("a4", "LOC:bergen", "LOC", "Bergen", "2024-04-01")};
        Row[] oldVersions = java.util.Arrays.copyOfRange(DAY2, 0, 4);
        Dataset<Row> changed = EntityMentionsUpdate.changedRows(before,
                AggregateJob.entityMentionCounts(entities(corrected), quotes()),
                AggregateJob.entityMentionCounts(entities(oldVersions), quotes(QUOTE_A3)), "r3");
        Dataset<Row> rebuilt = EntityMentionsUpdate.tableRows(
                AggregateJob.entityMentionCounts(entities(concat(DAY1, corrected)), quotes(QUOTE_A1)), "full");
        assertEquals(rows(rebuilt), applied(before, changed));
        Row april = changed.filter("entity_key = 'LOC:oslo' and month = 4").first();
        assertEquals(0L, (long) april.getAs("mentions"), "Oslo in April had only a4: the row is there to delete its key");
        assertTrue(rows(rebuilt).stream().noneMatch(r -> r.contains("LOC:oslo,LOC,Oslo,0")));
    }
}
