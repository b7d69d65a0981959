package dev.quarry.tables;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TableWriterTest {

    @TempDir
    Path root;

    private static SparkSession spark() {
        return SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    }

    private static Dataset<Row> rejects(SparkSession spark, int n) {
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(RowFactory.create("f.jsonl", (long) i, null, "ingest", "invalid_json", "bad", null, "run",
                    new Timestamp(0)));
        }
        return spark.createDataFrame(rows, Table.REJECTS.schema());
    }

    @Test
    void aWriteThatDiesHalfWayLeavesThePreviousTableReadable() {
        SparkSession spark = spark();
        new TableWriter(spark, root.toString(), "r1").replace(Map.of(Table.REJECTS, rejects(spark, 3)));
        spark.udf().register("explode_on_purpose", (UDF1<String, String>) s -> {
            throw new IllegalStateException("injected failure");
        }, DataTypes.StringType);
        Dataset<Row> failing = rejects(spark, 5).withColumn("message", callUDF("explode_on_purpose", col("message")));
        TableWriter second = new TableWriter(spark, root.toString(), "r2");
        assertThrows(Exception.class, () -> second.replace(Map.of(Table.REJECTS, failing)));
        assertEquals(3, second.read(Table.REJECTS).count());

        new TableWriter(spark, root.toString(), "r3").replace(Map.of(Table.REJECTS, rejects(spark, 4)));
        assertEquals(4, new TableWriter(spark, root.toString(), "r4").read(Table.REJECTS).count());
        assertEquals(false, root.resolve("_staging").toFile().exists());
    }

    @Test
    void aTableMovedAsideAndNeverReplacedIsPutBackNotDeleted() throws Exception {
        // The state a crash mid-swap left before swaps were marked ready: the old table in _trash, none in its place.
        SparkSession spark = spark();
        new TableWriter(spark, root.toString(), "r1").replace(Map.of(Table.REJECTS, rejects(spark, 3)));
        Path aside = java.nio.file.Files.createDirectories(root.resolve("_trash").resolve("r2"));
        java.nio.file.Files.move(root.resolve("rejects"), aside.resolve("rejects"));
        java.nio.file.Files.createDirectories(root.resolve("_staging").resolve("r2").resolve("rejects"));
        List<String> log = new java.util.ArrayList<>();
        TableWriter next = new TableWriter(spark, root.toString(), "r3");
        next.recover(log::add);
        assertEquals(3, next.read(Table.REJECTS).count(), "the previous table, put back");
        assertEquals(1, log.size(), log.toString());
        assertEquals(false, root.resolve("_trash").toFile().exists());
        assertEquals(false, root.resolve("_staging").toFile().exists(), "a staging folder never marked ready is dropped");
    }
}
