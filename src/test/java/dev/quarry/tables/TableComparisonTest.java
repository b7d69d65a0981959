package dev.quarry.tables;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import dev.quarry.samples.SampleRun;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableComparisonTest {

    @Test
    void runIdsAreLeftOutButADroppedRowIsFound(@TempDir Path tmp) throws Exception {
        Path sample = SampleRun.output();
        assertEquals(ExitCode.OK, QuarryCli.execute("compare", sample.toString(), sample.toString()));

        Path copy = tmp.resolve("copy");
        FolderCopy.copy(sample, copy);
        SparkSession spark = SparkSession.active();
        TableWriter tables = new TableWriter(spark, copy.toString(), "test-rewrite");
        // Another run id on every article: still the same data.
        Dataset<Row> articles = tables.read(Table.ARTICLES).withColumn("run_id", lit("another-run")).localCheckpoint();
        // One quote fewer: different data.
        Dataset<Row> quotes = tables.read(Table.QUOTES);
        String dropped = quotes.orderBy("quote_id").first().getAs("quote_id");
        Dataset<Row> fewer = quotes.filter(col("quote_id").notEqual(dropped)).localCheckpoint();
        tables.replace(Map.of(Table.ARTICLES, articles, Table.QUOTES, fewer));

        Map<Table, TableComparison.Outcome> outcome = TableComparison.compare(spark, sample.toString(), copy.toString());
        assertTrue(outcome.get(Table.ARTICLES).same(), outcome.get(Table.ARTICLES).toString());
        TableComparison.Outcome q = outcome.get(Table.QUOTES);
        assertFalse(q.same());
        assertEquals(1, q.onlyLeft());
        assertEquals(0, q.onlyRight());
        assertEquals(q.leftRows() - 1, q.rightRows());
        assertTrue(outcome.get(Table.ENTITIES).same());
        assertEquals(ExitCode.TABLES_DIFFER, QuarryCli.execute("compare", sample.toString(), copy.toString()));
    }
}
