package dev.quarry.tables;

import org.apache.spark.sql.SparkSession;

import java.util.function.Consumer;

/**
 * Upkeep of the Delta tables under an output root: daily appends leave many small files per
 * partition, which OPTIMIZE compacts; replaced and compacted files stay for the history until VACUUM
 * removes those older than the kept history.
 */
public final class TableMaintenance {

    /** Delta refuses a VACUUM that keeps less than this unless its safety check is switched off. */
    private static final long DELTA_MINIMUM_HOURS = 168;

    private TableMaintenance() {
    }

    /** Compacts (when asked) and vacuums every table; the commits are recorded as made by {@code maintain <runId>}. */
    public static void run(SparkSession spark, TableWriter tables, String runId, boolean compact, long keepHistoryHours,
                           Consumer<String> log) {
        String check = "spark.databricks.delta.retentionDurationCheck.enabled";
        String before = spark.conf().get(check, "true");
        if (keepHistoryHours < DELTA_MINIMUM_HOURS) {
            // The user chose a shorter history: Delta's check guards against readers of old versions, and the
            // output root's lock keeps Quarry's own runs out while this runs.
            spark.conf().set(check, "false");
        }
        spark.conf().set("spark.databricks.delta.commitInfo.userMetadata", "maintain " + runId);
        // VACUUM lists a table's files in this many tasks (default 10,000): minutes of empty tasks per table.
        String listing = "spark.sql.sources.parallelPartitionDiscovery.parallelism";
        String listingBefore = spark.conf().get(listing, "10000");
        spark.conf().set(listing, String.valueOf(Math.max(2, spark.sparkContext().defaultParallelism())));
        try {
            for (Table table : Table.values()) {
                if (!tables.exists(table)) {
                    continue;
                }
                io.delta.tables.DeltaTable delta = io.delta.tables.DeltaTable.forPath(spark, tables.tablePath(table).toString());
                if (compact) {
                    org.apache.spark.sql.Row metrics = delta.optimize().executeCompaction().select("metrics.numFilesAdded", "metrics.numFilesRemoved").first();
                    log.accept(table.tableName() + ": compacted " + metrics.getLong(1) + " files into " + metrics.getLong(0));
                }
                delta.vacuum(keepHistoryHours);
                log.accept(table.tableName() + ": files of versions older than " + keepHistoryHours + " h removed");
            }
        } finally {
            spark.conf().unset("spark.databricks.delta.commitInfo.userMetadata");
            spark.conf().set(listing, listingBefore);
            spark.conf().set(check, before);
        }
    }
}
