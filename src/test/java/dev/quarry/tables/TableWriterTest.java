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
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableWriterTest {

    @TempDir
    Path root;

    private static SparkSession spark() {
        // A MERGE's join would otherwise run Spark's default 200 shuffle tasks over a handful of rows.
        return SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    private static Dataset<Row> rejects(SparkSession spark, int n) {
        return rejects(spark, 0, n);
    }

    /** Rejects numbered from, from + 1, ... (record_number is the key in these tests). */
    private static Dataset<Row> rejects(SparkSession spark, int from, int n) {
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = from; i < from + n; i++) {
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
    void aParquetTableMovedAsideByAnOlderQuarryIsPutBackAndBecomesADeltaTable() throws Exception {
        // The state a crash mid-swap left in a Quarry before Delta and before ready markers: the old plain
        // Parquet table in _trash, none in its place, and an unfinished staging folder.
        SparkSession spark = spark();
        Path aside = java.nio.file.Files.createDirectories(root.resolve("_trash").resolve("r2"));
        rejects(spark, 3).write().parquet(aside.resolve("rejects").toString());
        java.nio.file.Files.createDirectories(root.resolve("_staging").resolve("r2").resolve("rejects"));
        List<String> log = new java.util.ArrayList<>();
        TableWriter next = new TableWriter(spark, root.toString(), "r3");
        next.recover(log::add);
        assertEquals(3, next.read(Table.REJECTS).count(), "the previous table, put back");
        assertEquals(2, log.size(), log.toString());
        assertTrue(log.get(1).contains("converting"), log.toString());
        assertTrue(next.exists(Table.REJECTS));
        assertEquals(false, root.resolve("_trash").toFile().exists());
        assertEquals(false, root.resolve("_staging").toFile().exists(), "a staging folder never marked ready is dropped");
    }

    @Test
    void aReadyStagedRunIsCommittedOnceHoweverOftenRecoveryRepeatsIt() throws Exception {
        SparkSession spark = spark();
        new TableWriter(spark, root.toString(), "r1").commit(Map.of(Table.REJECTS, TableWriter.Update.append(rejects(spark, 3)),
                Table.RUNS, TableWriter.Update.replace(spark.createDataFrame(List.of(), Table.RUNS.schema()))));
        Map<Table, TableWriter.Update> second = new java.util.LinkedHashMap<>();
        second.put(Table.REJECTS, TableWriter.Update.append(rejects(spark, 3, 2)));
        second.put(Table.MANIFEST, TableWriter.Update.replace(spark.createDataFrame(List.of(), Table.MANIFEST.schema())));
        TableWriter killed = new TableWriter(spark, root.toString(), "r2");
        killed.stage(second);
        assertEquals(3, killed.read(Table.REJECTS).count(), "staged, not committed");

        List<String> log = new java.util.ArrayList<>();
        new TableWriter(spark, root.toString(), "r3").recover(log::add);
        assertEquals(1, log.size(), log.toString());
        assertEquals(5, killed.read(Table.REJECTS).count());
        assertTrue(killed.exists(Table.MANIFEST));

        // Killed again after the commits but before its staging folder was deleted: the same staged run
        // committed a second time adds nothing.
        killed.stage(second);
        new TableWriter(spark, root.toString(), "r4").recover(line -> { });
        assertEquals(5, killed.read(Table.REJECTS).count(), "the append's Delta transaction id makes it happen once");
        assertEquals(false, root.resolve("_staging").toFile().exists());
    }

    @Test
    void anUpsertReplacesRowsByKeyAndAddsTheRest() {
        SparkSession spark = spark();
        new TableWriter(spark, root.toString(), "r1").commit(Map.of(Table.REJECTS, TableWriter.Update.append(rejects(spark, 3))));
        Dataset<Row> changed = rejects(spark, 2, 2).withColumn("message", org.apache.spark.sql.functions.lit("changed"));
        TableWriter w = new TableWriter(spark, root.toString(), "r2");
        w.commit(Map.of(Table.REJECTS, TableWriter.Update.upsert(changed, "record_number")));
        w.commit(Map.of(Table.REJECTS, TableWriter.Update.upsert(changed, "record_number")));
        assertEquals(List.of("0:bad", "1:bad", "2:changed", "3:changed"), w.read(Table.REJECTS).orderBy("record_number")
                .selectExpr("record_number || ':' || message").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    }

    @Test
    void anUpsertIntoATableWrittenBeforeAColumnExistedAddsTheColumn() {
        SparkSession spark = spark();
        // A table as an older Quarry wrote it, without the message column.
        rejects(spark, 2).drop("message").write().format("delta").save(root.resolve(Table.REJECTS.tableName()).toString());
        TableWriter w = new TableWriter(spark, root.toString(), "r2");
        w.commit(Map.of(Table.REJECTS, TableWriter.Update.upsert(rejects(spark, 1, 2), "record_number")));
        assertEquals(List.of("0:null", "1:bad", "2:bad"), w.read(Table.REJECTS).orderBy("record_number")
                .selectExpr("record_number || ':' || coalesce(message, 'null')").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    }

    @Test
    void anUpsertDeletesTheKeysOfRowsThatMeetItsDeleteCondition() {
        SparkSession spark = spark();
        Dataset<Row> first = rejects(spark, 3).withColumn("message", org.apache.spark.sql.functions.lit("live"));
        // Into a table not yet there, a row meant to delete is not written.
        Dataset<Row> withGone = first.unionByName(rejects(spark, 9, 1).withColumn("message", org.apache.spark.sql.functions.lit("gone")));
        new TableWriter(spark, root.toString(), "r1").commit(Map.of(Table.REJECTS,
                TableWriter.Update.upsert(withGone, "record_number").deletingWhere("s.message = 'gone'")));
        Dataset<Row> changed = rejects(spark, 1, 3).withColumn("message", org.apache.spark.sql.functions.expr(
                "case record_number when 1 then 'gone' when 2 then 'changed' else 'gone' end"));
        TableWriter w = new TableWriter(spark, root.toString(), "r2");
        w.commit(Map.of(Table.REJECTS, TableWriter.Update.upsert(changed, "record_number").deletingWhere("s.message = 'gone'")));
        // 1 is deleted, 2 is updated, 3 (not in the table) is not inserted.
        assertEquals(List.of("0:live", "2:changed"), w.read(Table.REJECTS).orderBy("record_number")
                .selectExpr("record_number || ':' || message").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        assertThrows(IllegalStateException.class, () -> TableWriter.Update.append(changed).deletingWhere("s.message = 'gone'"));
    }

    @Test
    void eachRunIsAVersionThatCanBeReadAgainAndDuckdbReadsOnlyTheLiveFiles() throws Exception {
        SparkSession spark = spark();
        // Six runs on a table that checkpoints every second version: the log reader needs the checkpoint too.
        spark.conf().set("spark.databricks.delta.properties.defaults.checkpointInterval", "2");
        try {
            for (int run = 1; run <= 6; run++) {
                Dataset<Row> rows = rejects(spark, 10 * run, run);
                TableWriter.Update u = run == 3 ? TableWriter.Update.replace(rows) : TableWriter.Update.append(rows);
                new TableWriter(spark, root.toString(), String.format("r%02d", run)).commit(Map.of(Table.REJECTS, u));
            }
        } finally {
            spark.conf().unset("spark.databricks.delta.properties.defaults.checkpointInterval");
        }
        TableWriter w = new TableWriter(spark, root.toString(), "reader");
        long expected = 3 + 4 + 5 + 6;
        assertEquals(expected, w.read(Table.REJECTS).count());
        assertEquals(1 + 2, w.readAsOf(Table.REJECTS, "r02").count());
        assertEquals(3, w.readAsOf(Table.REJECTS, "r03").count(), "r03 replaced the table");
        assertEquals(0, w.readAsOf(Table.REJECTS, "r00").count(), "before the table existed");
        assertTrue(java.nio.file.Files.exists(root.resolve("rejects/_delta_log/_last_checkpoint")));
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.ResultSet rs = db.createStatement().executeQuery("select count(*) from " + DeltaLogFiles.scan(root.resolve("rejects")))) {
            rs.next();
            assertEquals(expected, rs.getLong(1));
        }
    }

    /** Changes of one run to three tables: an append, a replacement and the run's row. */
    private static Map<Table, TableWriter.Update> secondRun(SparkSession spark) {
        Map<Table, TableWriter.Update> changes = new java.util.LinkedHashMap<>();
        changes.put(Table.REJECTS, TableWriter.Update.append(rejects(spark, 3, 2)));
        changes.put(Table.MANIFEST, TableWriter.Update.replace(spark.createDataFrame(List.of(RowFactory.create("f2", 2L,
                new Timestamp(0), null, 5L, "r2", new Timestamp(0))), Table.MANIFEST.schema())));
        changes.put(Table.RUNS, TableWriter.Update.append(spark.createDataFrame(List.of(), Table.RUNS.schema())));
        return changes;
    }

    private static List<String> rows(TableWriter tables, Table table) {
        return tables.read(table).toJSON().collectAsList().stream().sorted().toList();
    }

    @Test
    void aRunStoppedAtAnyCommitPointIsCompletedByRecoveryToTheTablesOfARunNeverStopped() throws Exception {
        SparkSession spark = spark();
        Map<Table, TableWriter.Update> first = Map.of(Table.REJECTS, TableWriter.Update.append(rejects(spark, 3)),
                Table.MANIFEST, TableWriter.Update.replace(spark.createDataFrame(List.of(), Table.MANIFEST.schema())));
        Path clean = root.resolve("clean");
        new TableWriter(spark, clean.toString(), "r1").commit(first);
        Path afterFirst = root.resolve("after-first");
        dev.quarry.tables.FolderCopy.copy(clean, afterFirst);
        new TableWriter(spark, clean.toString(), "r2").commit(secondRun(spark));
        TableWriter expected = new TableWriter(spark, clean.toString(), "reader");
        for (int stopAfter = 0; stopAfter <= secondRun(spark).size(); stopAfter++) {
            Path stopped = root.resolve("stopped-after-" + stopAfter);
            dev.quarry.tables.FolderCopy.copy(afterFirst, stopped);
            new TableWriter(spark, stopped.toString(), "r2").stageAndCommitFirst(secondRun(spark), stopAfter);
            new TableWriter(spark, stopped.toString(), "r3").recover(line -> { });
            TableWriter actual = new TableWriter(spark, stopped.toString(), "reader");
            for (Table t : List.of(Table.REJECTS, Table.MANIFEST, Table.RUNS)) {
                assertEquals(rows(expected, t), rows(actual, t), t + ", stopped after " + stopAfter + " commits");
            }
        }
    }

    @Test
    void maintenanceCompactsDailyAppendsIntoOneFileAndKeepsEveryRow() {
        SparkSession spark = spark();
        for (int run = 1; run <= 3; run++) {
            new TableWriter(spark, root.toString(), "r" + run).commit(Map.of(Table.REJECTS, TableWriter.Update.append(rejects(spark, 10 * run, 2))));
        }
        assertEquals(3, DeltaLogFiles.live(root.resolve("rejects")).size());
        TableWriter tables = new TableWriter(spark, root.toString(), "r4");
        List<String> before = rows(tables, Table.REJECTS);
        List<String> log = new java.util.ArrayList<>();
        TableMaintenance.run(spark, tables, "r4", true, 1, log::add);
        assertEquals(1, DeltaLogFiles.live(root.resolve("rejects")).size(), log.toString());
        assertEquals(before, rows(tables, Table.REJECTS));
        assertTrue(log.contains("rejects: compacted 3 files into 1"), log.toString());
        assertEquals("true", spark.conf().get("spark.databricks.delta.retentionDurationCheck.enabled", "true"),
                "Delta's retention check is back on after a short keep-history");
    }
}
