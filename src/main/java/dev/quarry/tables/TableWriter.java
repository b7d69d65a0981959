package dev.quarry.tables;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes tables under the output root so that each is always either the previous complete version
 * or the new complete version. Every table of a run is first written in full under
 * {@code _staging/<run_id>/}; only when all are written are they swapped in by renames. A run that
 * dies before the swap leaves the old tables untouched (and its staging folder, which the next run
 * clears).
 */
public final class TableWriter {

    private final SparkSession spark;
    private final Path root;
    private final String runId;

    public TableWriter(SparkSession spark, String outputRoot, String runId) {
        this.spark = spark;
        this.root = new Path(outputRoot);
        this.runId = runId;
    }

    public Path tablePath(Table table) {
        return new Path(root, table.tableName());
    }

    /** Writes and swaps in the given tables; returns the final path of each. */
    public Map<Table, String> replace(Map<Table, Dataset<Row>> tables) {
        FileSystem fs = fileSystem();
        Path staging = new Path(new Path(root, "_staging"), runId);
        Path trash = new Path(new Path(root, "_trash"), runId);
        try {
            clearLeftovers(fs);
            writeAll(tables, staging);
            if ("true".equals(spark.conf().get("spark.quarry.test.halt-before-swap", "false"))) {
                // For the killed-run test: die the hard way after writing, before anything is swapped in.
                Runtime.getRuntime().halt(137);
            }
            Map<Table, String> written = new LinkedHashMap<>();
            fs.mkdirs(trash);
            for (Table table : tables.keySet()) {
                Path target = tablePath(table);
                if (fs.exists(target) && !fs.rename(target, new Path(trash, table.tableName()))) {
                    throw new IOException("cannot move the old " + target + " aside");
                }
                if (!fs.rename(new Path(staging, table.tableName()), target)) {
                    throw new IOException("cannot move the new " + table.tableName() + " into " + target);
                }
                written.put(table, fs.makeQualified(target).toString());
            }
            fs.delete(trash, true);
            fs.delete(staging, true);
            deleteIfEmpty(fs, new Path(root, "_staging"));
            deleteIfEmpty(fs, new Path(root, "_trash"));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("writing tables under " + root + " failed", e);
        }
    }

    /**
     * Writes the tables into the staging folder side by side, a few at a time: each table is a chain
     * of small Spark jobs whose driver-side planning and commits would otherwise leave the executors
     * idle in turn. The first failure fails the whole write (nothing is swapped in).
     */
    private void writeAll(Map<Table, Dataset<Row>> tables, Path staging) throws IOException {
        int threads = Math.max(1, Math.min(tables.size(), WRITERS));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "quarry-table-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            for (Map.Entry<Table, Dataset<Row>> e : tables.entrySet()) {
                futures.add(pool.submit(() -> write(e.getKey(), e.getValue(), new Path(staging, e.getKey().tableName()))));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException failed) {
                    Throwable cause = failed.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    // The driver running out of heap or stack in a writer thread stays what it is, so that
                    // the command reports it as such (SparkCommand) rather than as an I/O failure.
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IOException(cause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the tables", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Tables written at once: enough to keep two cores busy through each table's driver-side gaps. */
    private static final int WRITERS = 4;

    private void write(Table table, Dataset<Row> data, Path path) {
        Column[] cols = new Column[table.columns().size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = functions.col(table.columns().get(i).name());
        }
        Dataset<Row> ordered = data.select(cols);
        if (table.partitioned()) {
            // One file per partition for archives of this size, instead of one per task per partition.
            ordered.repartition(functions.col("year"), functions.col("month"))
                    .write().mode(SaveMode.Overwrite).partitionBy("year", "month").parquet(path.toString());
        } else {
            ordered.coalesce(1).write().mode(SaveMode.Overwrite).parquet(path.toString());
        }
    }

    /** Staging and trash folders of runs that died; the tables themselves were never touched by them. */
    private void clearLeftovers(FileSystem fs) throws IOException {
        for (String dir : new String[] {"_staging", "_trash"}) {
            Path p = new Path(root, dir);
            if (fs.exists(p)) {
                fs.delete(p, true);
            }
        }
    }

    private static void deleteIfEmpty(FileSystem fs, Path p) throws IOException {
        if (fs.exists(p) && fs.listStatus(p).length == 0) {
            fs.delete(p, false);
        }
    }

    private FileSystem fileSystem() {
        try {
            Configuration conf = spark.sparkContext().hadoopConfiguration();
            return root.getFileSystem(conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the file system of " + root, e);
        }
    }

    /** Reads a table back with its declared schema. */
    public Dataset<Row> read(Table table) {
        return spark.read().schema(table.schema()).parquet(tablePath(table).toString());
    }

    public boolean exists(Table table) {
        try {
            return fileSystem().exists(tablePath(table));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
