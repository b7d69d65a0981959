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
 * {@code _staging/<run_id>/}; only when all are written is a {@code _READY} marker put beside them,
 * and they are swapped in by renames (each old table to {@code _trash/<run_id>/} first).
 *
 * <p>A run that dies before the marker leaves the old tables untouched: {@link #recover} deletes its
 * staging folder. A run that dies during the swap leaves some tables new, some old and perhaps one
 * moved aside and not yet replaced: {@link #recover} completes the swap from the staging folder, so
 * the tables are the ones that run would have written. The caller holds the root's
 * {@link OutputLock}, so no other run's staging folder is touched.
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
            recover(line -> { });
            writeAll(tables, staging);
            if ("true".equals(spark.conf().get("spark.quarry.test.halt-before-swap", "false"))) {
                // For the killed-run test: die the hard way after writing, before anything is swapped in.
                Runtime.getRuntime().halt(137);
            }
            fs.create(new Path(staging, READY), true).close();
            Map<Table, String> written = new LinkedHashMap<>();
            for (Table table : tables.keySet()) {
                swapIn(fs, staging, trash, table.tableName());
                written.put(table, fs.makeQualified(tablePath(table)).toString());
            }
            finish(fs, staging, trash);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("writing tables under " + root + " failed", e);
        }
    }

    /** Marks a staging folder whose tables are all written: from then on its swap is completed, not undone. */
    static final String READY = "_READY";

    /** Moves the old table aside and the staged one in; a table already swapped in stays. */
    private void swapIn(FileSystem fs, Path staging, Path trash, String name) throws IOException {
        Path staged = new Path(staging, name);
        if (!fs.exists(staged)) {
            return;
        }
        Path target = new Path(root, name);
        if (fs.exists(target)) {
            fs.mkdirs(trash);
            Path aside = new Path(trash, name);
            if (fs.exists(aside)) {
                fs.delete(aside, true);
            }
            if (!fs.rename(target, aside)) {
                throw new IOException("cannot move the old " + target + " aside");
            }
        }
        if ("true".equals(spark.conf().get("spark.quarry.test.halt-mid-swap", "false"))) {
            // For the killed-run test: die with a table moved aside and its new version not yet in place.
            Runtime.getRuntime().halt(137);
        }
        if (!fs.rename(staged, target)) {
            throw new IOException("cannot move the new " + name + " into " + target);
        }
    }

    private void finish(FileSystem fs, Path staging, Path trash) throws IOException {
        fs.delete(trash, true);
        fs.delete(staging, true);
        deleteIfEmpty(fs, new Path(root, "_staging"));
        deleteIfEmpty(fs, new Path(root, "_trash"));
    }

    /**
     * Puts the root in the state of the last run that finished writing: completes the swap of a run
     * that died after writing all its tables, deletes what a run that died while writing left, and
     * puts back an old table that was moved aside and never replaced. Called with the root's lock
     * held, before the tables are read.
     *
     * @param log where a line goes for each run whose swap is completed or whose table is put back
     */
    public void recover(java.util.function.Consumer<String> log) {
        FileSystem fs = fileSystem();
        Path stagingRoot = new Path(root, "_staging");
        Path trashRoot = new Path(root, "_trash");
        try {
            if (fs.exists(stagingRoot)) {
                for (org.apache.hadoop.fs.FileStatus run : fs.listStatus(stagingRoot)) {
                    Path staging = run.getPath();
                    Path trash = new Path(trashRoot, staging.getName());
                    if (fs.exists(new Path(staging, READY))) {
                        log.accept("completing the table swap of run " + staging.getName() + ", which stopped while swapping");
                        for (org.apache.hadoop.fs.FileStatus t : fs.listStatus(staging)) {
                            if (t.isDirectory()) {
                                swapIn(fs, staging, trash, t.getPath().getName());
                            }
                        }
                        // Every table of that run is in place now: what it moved aside is old.
                        fs.delete(trash, true);
                    }
                    fs.delete(staging, true);
                }
            }
            if (fs.exists(trashRoot)) {
                // Left by a version of Quarry that had no ready marker: an old table moved aside and never
                // replaced is put back rather than deleted with the rest.
                for (org.apache.hadoop.fs.FileStatus run : fs.listStatus(trashRoot)) {
                    for (org.apache.hadoop.fs.FileStatus t : fs.listStatus(run.getPath())) {
                        Path target = new Path(root, t.getPath().getName());
                        if (!fs.exists(target)) {
                            log.accept("putting back " + target + ", moved aside by run " + run.getPath().getName() + " and never replaced");
                            fs.rename(t.getPath(), target);
                        }
                    }
                }
                fs.delete(trashRoot, true);
            }
            deleteIfEmpty(fs, stagingRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover the tables under " + root, e);
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
