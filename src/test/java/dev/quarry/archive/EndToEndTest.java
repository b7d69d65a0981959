package dev.quarry.archive;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import dev.quarry.samples.SampleOracle;
import dev.quarry.tables.Column;
import dev.quarry.tables.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole `run` on the sample archive in local Spark, read back by Spark and by DuckDB, then run
 * again into the same output. The Spark session is left running between runs on purpose: Spark NLP
 * keeps the first session it sees for the whole JVM.
 */
class EndToEndTest {

    private static Path out;
    private static int firstExit;
    private static Set<String> firstQuoteIds;

    @BeforeAll
    static void runOnce() throws Exception {
        out = Files.createTempDirectory("quarry-e2e");
        firstExit = QuarryCli.execute("run", "--input", SampleOracle.ARCHIVE.toString(), "--output", out.toString(),
                "--set", "spark.master=local[2]", "--summary-json", out.resolve("summary.json").toString());
        firstQuoteIds = duckdbStrings("select quote_id from " + parquet("quotes"));
    }

    private static String parquet(String table) {
        return dev.quarry.tables.DeltaLogFiles.scan(out.resolve(table));
    }

    private static SparkSession spark() {
        return SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    }

    @Test
    void runSucceedsAndSparkReadsTheDeclaredSchemas() {
        assertEquals(ExitCode.OK, firstExit);
        for (Table t : Table.values()) {
            Dataset<Row> df = spark().read().format("delta").load(out.resolve(t.tableName()).toString());
            Map<String, StructField> fields = new HashMap<>();
            for (StructField f : df.schema().fields()) {
                fields.put(f.name(), f);
            }
            assertEquals(t.columns().size(), fields.size(), t.tableName() + " columns: " + fields.keySet());
            for (Column c : t.columns()) {
                assertTrue(fields.containsKey(c.name()), t.tableName() + " lacks " + c.name());
                assertEquals(c.type(), fields.get(c.name()).dataType(), t.tableName() + "." + c.name());
            }
        }
        assertEquals(30, spark().read().format("delta").load(out.resolve("articles").toString()).count());
    }

    @Test
    void theSummaryJsonHoldsTheCountsAndTablesForAScheduler() throws Exception {
        com.fasterxml.jackson.databind.JsonNode s = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("finished", s.get("status").asText());
        assertEquals("run", s.get("command").asText());
        assertEquals(32, s.at("/ingest/records_read").asLong());
        assertEquals(30, s.at("/ingest/articles").asLong());
        assertEquals(1, s.at("/ingest/rejects_by_reason/invalid_json").asLong());
        assertEquals(1, s.at("/ingest/rejects_by_reason/no_text").asLong());
        long quotes = spark().read().format("delta").load(out.resolve("quotes").toString()).count();
        assertEquals(quotes, s.at("/annotate/quotes").asLong());
        assertTrue(s.at("/stage_seconds/annotate").asDouble() > 0, s.toString());
        assertTrue(s.at("/tables/quotes").asText().endsWith("quotes"), s.toString());
    }

    @Test
    void rejectsHoldTheTwoBadSampleRecords() {
        List<Row> rejects = spark().read().format("delta").load(out.resolve("rejects").toString())
                .orderBy("record_number").collectAsList();
        assertEquals(2, rejects.size());
        assertEquals("invalid_json", rejects.get(0).getAs("reason"));
        assertEquals(31L, (long) rejects.get(0).<Long>getAs("record_number"));
        assertEquals("no_text", rejects.get(1).getAs("reason"));
        assertEquals(32L, (long) rejects.get(1).<Long>getAs("record_number"));
        assertTrue(rejects.get(0).<String>getAs("source_file").endsWith("articles.jsonl"));
    }

    @Test
    void quotesOnSparkNlpAnnotationsMatchTheOracle() {
        List<SampleOracle.Row> found = new ArrayList<>();
        for (Row r : spark().read().format("delta").load(out.resolve("quotes").toString()).collectAsList()) {
            found.add(new SampleOracle.Row(r.getAs("article_id"), r.getAs("type"), r.getAs("cue"),
                    r.getAs("speaker_mention"), r.getAs("speaker"), r.getAs("text")));
        }
        List<String> problems = SampleOracle.differences(found);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void duckdbReadsTheTablesAndOffsetsSliceTheText() throws Exception {
        assertEquals(Set.of("30"), duckdbStrings("select count(*) from " + parquet("articles")));
        // Partitions by publication year, with the undated letter under year=0.
        assertEquals(Set.of("0", "2019", "2020", "2021", "2022", "2023", "2024"),
                duckdbStrings("select distinct year from " + parquet("articles")));
        assertEquals(Set.of("nl-2024-undated"), duckdbStrings("select article_id from " + parquet("articles") + " where year = 0"));
        assertEquals(Set.of("TIMESTAMP WITH TIME ZONE"),
                duckdbStrings("select column_type from (describe select published_at from " + parquet("quotes") + ")"));
        // A few exact quotes.
        assertEquals(Set.of("said|he|Owen Hart"),
                duckdbStrings("select cue || '|' || speaker_mention || '|' || speaker from " + parquet("quotes")
                        + " where text = 'This is a fair compromise, Nobody got everything they wanted.'"));
        assertEquals(Set.of("quoted|port director Felix Amon|Felix Amon"),
                duckdbStrings("select cue || '|' || speaker_mention || '|' || speaker from " + parquet("quotes")
                        + " where article_id = 'hg-2021-harbour' and text like 'The contractor%'"));
        // Offsets index articles.text: the quote, cue and speaker slices are what the row says.
        String mismatches = "select q.text || ' | ' || substr(a.text, q.start + 1, q.\"end\" - q.start) from " + parquet("quotes") + " q join " + parquet("articles")
                + " a using (article_id) where position(' ' in q.text) > 0 and ("
                // The span also holds the quotation marks (two characters each when doubled: '') and the punctuation inside them.
                + " (q.text not like '%, %' and q.text not like '%. %' and (strpos(substr(a.text, q.start + 1, q.\"end\" - q.start), q.text) not between 1 and 3"
                + "   or length(substr(a.text, q.start + 1, q.\"end\" - q.start)) > length(q.text) + 5))"
                + " or substr(a.text, q.cue_start + 1, q.cue_end - q.cue_start) <> q.cue"
                + " or substr(a.text, q.speaker_start + 1, q.speaker_end - q.speaker_start) <> q.speaker_mention)";
        assertEquals(Set.of(), duckdbStrings(mismatches));
        // The pieces run from start to end, and a split quote's pieces are its quoted parts, marks and all.
        assertEquals(Set.of("0"), duckdbStrings("select count(*) from " + parquet("quotes")
                + " where pieces[1].start <> start or pieces[len(pieces)].\"end\" <> \"end\""));
        assertEquals(Set.of("\"This is a fair compromise,\" | \"Nobody got everything they wanted.\""),
                duckdbStrings("select string_agg(substr(a.text, p.start + 1, p.\"end\" - p.start), ' | ' order by p.start) from (select unnest(q.pieces) as p,"
                        + " q.article_id from " + parquet("quotes") + " q where q.text = 'This is a fair compromise, Nobody got everything they wanted.') x"
                        + " join " + parquet("articles") + " a using (article_id)"));
    }

    @Test
    void aRerunReplacesTheTablesWithTheSameRows() throws Exception {
        int exit = QuarryCli.execute("run", "--input", SampleOracle.ARCHIVE.toString(), "--output", out.toString(),
                "--set", "spark.master=local[2]");
        assertEquals(ExitCode.OK, exit);
        assertEquals(Set.of("30"), duckdbStrings("select count(*) from " + parquet("articles")));
        assertEquals(Set.of("2"), duckdbStrings("select count(*) from " + parquet("rejects")));
        assertEquals(firstQuoteIds, duckdbStrings("select quote_id from " + parquet("quotes")));
        assertEquals(Set.of(String.valueOf(firstQuoteIds.size())), duckdbStrings("select count(*) from " + parquet("quotes")));
        assertEquals(Set.of("1"), duckdbStrings("select count(distinct run_id) from " + parquet("quotes")));
        assertFalse(Files.exists(out.resolve("_staging")), "staging is cleaned up");
    }

    @Test
    void aMalformedConfigKeyStopsBeforeSparkAndWritesNothing() throws Exception {
        Path elsewhere = Files.createTempDirectory("quarry-bad-config").resolve("out");
        int exit = QuarryCli.execute("run", "--output", elsewhere.toString(), "--set", "input.formatt=text");
        assertEquals(ExitCode.CONFIG, exit);
        assertFalse(Files.exists(elsewhere));
    }

    @Test
    void aMissingInputIsAnInputError() throws Exception {
        Path elsewhere = Files.createTempDirectory("quarry-no-input");
        int exit = QuarryCli.execute("run", "--input", elsewhere.resolve("nothing-here").toString(),
                "--output", elsewhere.resolve("out").toString(), "--set", "spark.master=local[2]");
        assertEquals(ExitCode.INPUT, exit);
    }

    static Set<String> duckdbStrings(String sql) throws Exception {
        Set<String> values = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }
}
