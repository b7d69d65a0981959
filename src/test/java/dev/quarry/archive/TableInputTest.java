package dev.quarry.archive;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parquet and ORC article tables from an earlier pipeline, with a column mapping. */
class TableInputTest {

    @Test
    void parquetAndOrcTablesAreMappedToArticles() throws Exception {
        Path dir = Files.createTempDirectory("quarry-tables");
        SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
        String rows = "select 'p1' as uid, 'The ferry will run on Monday, the harbour master said.' as body,"
                + " timestamp'2019-03-04 10:00:00' as published_at, array('Ann Lee') as authors"
                + " union all select 'p2', null, null, array()";
        spark.sql(rows).write().parquet(dir.resolve("in/old.parquet").toString());
        // Different text in the ORC table, or it would be a duplicate of the Parquet row.
        spark.sql(rows.replace("'p1'", "'o1'").replace("'p2'", "'o2'").replace("on Monday", "on Tuesday"))
                .write().orc(dir.resolve("in/older.orc").toString());
        // A truncated Parquet file beside them is rejected; the others are read.
        Path part = Files.list(dir.resolve("in/old.parquet")).filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
        byte[] whole = Files.readAllBytes(part);
        Files.write(dir.resolve("in/broken.parquet"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path out = dir.resolve("out");
        int exit = QuarryCli.execute("ingest", "--input", dir.resolve("in").toString(), "--format", "auto", "--output", out.toString(),
                "--set", "spark.master=local[2]", "--set", "ingest.table.columns.id=uid", "--set", "ingest.table.columns.text=[body]");
        assertEquals(ExitCode.OK, exit);
        String articles = "read_parquet('" + out.resolve("articles") + "/**/*.parquet', hive_partitioning = true)";
        assertEquals(Set.of("p1|2019-03-04 10:00:00+00|Ann Lee", "o1|2019-03-04 10:00:00+00|Ann Lee"),
                EndToEndTest.duckdbStrings("select article_id || '|' || strftime(published_at at time zone 'UTC', '%Y-%m-%d %H:%M:%S') || '+00|' || authors[1] from " + articles));
        assertEquals(Set.of("no_text:2", "unreadable_file:1"), EndToEndTest.duckdbStrings(
                "select reason || ':' || count(*) from read_parquet('" + out.resolve("rejects") + "/*.parquet') group by reason"));
    }
}
