package dev.quarry.tables;

import org.apache.spark.sql.SaveMode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of the tables as plain Parquet, without Delta's log, for sharing (as Quotebank shares
 * its data): each table in a folder of its own, partitioned as in the output root.
 */
public final class TableExport {

    private TableExport() {
    }

    /**
     * Writes every table that exists under {@code tables} (its current version, or the version an
     * {@link TableWriter#asOf} reader gives) into {@code to}; returns the rows written per table.
     *
     * @throws IllegalArgumentException when {@code to} exists and is not empty: an export never mixes with other files
     */
    public static Map<Table, Long> write(TableWriter tables, java.nio.file.Path to) throws java.io.IOException {
        if (java.nio.file.Files.exists(to)) {
            try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(to)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException(to.toAbsolutePath() + " is not empty; export into a new or empty folder");
                }
            }
        }
        Map<Table, Long> rows = new LinkedHashMap<>();
        for (Table table : Table.values()) {
            if (!tables.exists(table)) {
                continue;
            }
            var data = tables.read(table).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
            try {
                var w = (table.partitioned()
                        ? data.repartition(org.apache.spark.sql.functions.col("year"), org.apache.spark.sql.functions.col("month"))
                        : data.coalesce(1)).write().mode(SaveMode.ErrorIfExists);
                if (table.partitioned()) {
                    w = w.partitionBy("year", "month");
                }
                w.parquet(to.resolve(table.tableName()).toAbsolutePath().toString());
                rows.put(table, data.count());
            } finally {
                data.unpersist();
            }
        }
        return rows;
    }
}
