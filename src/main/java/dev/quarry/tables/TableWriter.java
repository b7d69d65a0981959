package dev.quarry.tables;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Commits a run's changes to the Delta tables under the output root so that a run killed at any
 * moment, then run again, gives exactly the rows of a run that was never killed.
 *
 * <p>Every change of a run is first written in full as plain Parquet under {@code _staging/<run_id>/}.
 * Only when all are written does a {@code _READY} file list them (table, how it changes, keys); then
 * each is committed to its Delta table, one Delta transaction per table. An append carries Delta's
 * idempotent-write id ({@code txnAppId} = the run id), so committing it a second time adds nothing;
 * a replacement and a MERGE on keys give the same table however often they are applied. That makes
 * the commits safe to repeat: {@link #recover} commits whatever a killed run had made ready, and
 * drops a staging folder that never got its {@code _READY}. The caller holds the root's
 * {@link OutputLock}, so no other run's staging folder is touched.
 *
 * <p>Each commit records the run id as Delta's {@code userMetadata}: the tables' history is the
 * list of runs ({@link #versionAsOf}).
 */
public final class TableWriter {

    /** How a run changes one table. */
    public enum Mode {
        /** The rows are new: appended. */
        APPEND,
        /** Rows whose keys exist replace those rows; the others are appended (Delta MERGE). */
        UPSERT,
        /** The rows are the whole table (a new version; the old one stays in the history). */
        REPLACE
    }

    /** One table's change: its rows, how they are applied, and for an upsert the key columns. */
    public record Update(Dataset<Row> rows, Mode mode, List<String> keys) {
        public static Update append(Dataset<Row> rows) {
            return new Update(rows, Mode.APPEND, List.of());
        }

        public static Update replace(Dataset<Row> rows) {
            return new Update(rows, Mode.REPLACE, List.of());
        }

        public static Update upsert(Dataset<Row> rows, String... keys) {
            return new Update(rows, Mode.UPSERT, List.of(keys));
        }
    }

    private final SparkSession spark;
    private final Path root;
    private final String runId;
    /** When set, {@link #read} gives the tables as this run left them. */
    private final String asOfRun;

    public TableWriter(SparkSession spark, String outputRoot, String runId) {
        this(spark, new Path(outputRoot), runId, null);
    }

    private TableWriter(SparkSession spark, Path root, String runId, String asOfRun) {
        this.spark = spark;
        this.root = root;
        this.runId = runId;
        this.asOfRun = asOfRun;
    }

    /** A reader of the tables as the given run left them (see {@link #readAsOf}); it cannot commit. */
    public TableWriter asOf(String run) {
        return new TableWriter(spark, root, runId, run);
    }

    public Path tablePath(Table table) {
        return new Path(root, table.tableName());
    }

    /** Replaces each given table by the given rows; returns the final path of each. */
    public Map<Table, String> replace(Map<Table, Dataset<Row>> tables) {
        Map<Table, Update> updates = new LinkedHashMap<>();
        tables.forEach((t, d) -> updates.put(t, Update.replace(d)));
        return commit(updates);
    }

    /** Stages and commits a run's changes; returns the final path of each table. */
    public Map<Table, String> commit(Map<Table, Update> updates) {
        if (asOfRun != null) {
            throw new IllegalStateException("the tables as of run " + asOfRun + " are read-only");
        }
        FileSystem fs = fileSystem();
        try {
            recover(line -> { });
            Path staging = stage(updates);
            commitStaged(staging, runId, readPlan(fs, staging));
            fs.delete(staging, true);
            deleteIfEmpty(fs, new Path(root, "_staging"));
            Map<Table, String> written = new LinkedHashMap<>();
            for (Table table : updates.keySet()) {
                written.put(table, fs.makeQualified(tablePath(table)).toString());
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("writing tables under " + root + " failed", e);
        }
    }

    /** Writes the changes under {@code _staging/<run_id>/} and marks them ready; commits nothing. */
    Path stage(Map<Table, Update> updates) throws IOException {
        FileSystem fs = fileSystem();
        Path staging = new Path(new Path(root, "_staging"), runId);
        writeAll(updates, staging);
        if ("true".equals(spark.conf().get("spark.quarry.test.halt-before-swap", "false"))) {
            // For the killed-run test: die the hard way after staging, before anything is committed.
            Runtime.getRuntime().halt(137);
        }
        List<Staged> plan = new ArrayList<>();
        updates.forEach((t, u) -> plan.add(new Staged(t, u.mode(), u.keys())));
        writePlan(fs, staging, plan);
        return staging;
    }

    /** Marks a staging folder whose tables are all written and lists them: from then on its commits are completed, not undone. */
    static final String READY = "_READY";

    /** A staged change, as listed in {@code _READY}. */
    private record Staged(Table table, Mode mode, List<String> keys) {
        String line() {
            return table.tableName() + "\t" + mode + "\t" + String.join(",", keys);
        }

        static Staged parse(String line) {
            String[] f = line.split("\t", -1);
            Table table = java.util.Arrays.stream(Table.values()).filter(t -> t.tableName().equals(f[0])).findFirst()
                    .orElseThrow(() -> new IllegalStateException("unknown table in a staging plan: " + f[0]));
            return new Staged(table, Mode.valueOf(f[1]), f[2].isEmpty() ? List.of() : List.of(f[2].split(",")));
        }
    }

    private static void writePlan(FileSystem fs, Path staging, List<Staged> plan) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Staged s : plan) {
            text.append(s.line()).append('\n');
        }
        try (org.apache.hadoop.fs.FSDataOutputStream out = fs.create(new Path(staging, READY), true)) {
            out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static List<Staged> readPlan(FileSystem fs, Path staging) throws IOException {
        List<Staged> plan = new ArrayList<>();
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                fs.open(new Path(staging, READY)), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    plan.add(Staged.parse(line));
                }
            }
        }
        return plan;
    }

    /**
     * Commits every staged change, appends and replacements side by side, then the upserts, then the
     * runs table, whose new row says the run is complete. Safe to repeat (see the class comment).
     */
    private void commitStaged(Path staging, String stagedRunId, List<Staged> plan) throws IOException {
        List<Staged> first = new ArrayList<>();
        List<Staged> after = new ArrayList<>();
        for (Staged s : plan) {
            (s.mode() == Mode.UPSERT || s.table() == Table.RUNS ? after : first).add(s);
        }
        after.sort(java.util.Comparator.comparing(s -> s.table() == Table.RUNS));
        boolean haltMidway = "true".equals(spark.conf().get("spark.quarry.test.halt-mid-swap", "false"));
        inParallel(first, s -> {
            commitOne(staging, stagedRunId, s);
            if (haltMidway) {
                // For the killed-run test: die with some tables committed and others not.
                Runtime.getRuntime().halt(137);
            }
        });
        for (Staged s : after) {
            commitOne(staging, stagedRunId, s);
        }
    }

    /** For the test that stops a run at every commit point: stages, then commits only the first {@code commits} changes, one by one. */
    void stageAndCommitFirst(Map<Table, Update> updates, int commits) throws IOException {
        Path staging = stage(updates);
        List<Staged> plan = readPlan(fileSystem(), staging);
        for (int i = 0; i < commits; i++) {
            commitOne(staging, runId, plan.get(i));
        }
    }

    private void commitOne(Path staging, String stagedRunId, Staged s) {
        Table table = s.table();
        Dataset<Row> rows = spark.read().parquet(new Path(staging, table.tableName()).toString()).select(table.sparkColumns());
        String target = tablePath(table).toString();
        if (s.mode() != Mode.REPLACE && exists(table) && rows.isEmpty()) {
            // Nothing to add: no new version (a daily run with no new rejects leaves rejects as it was).
            return;
        }
        if (s.mode() == Mode.UPSERT && exists(table)) {
            String on = s.keys().stream().map(k -> "t.`" + k + "` = s.`" + k + "`").collect(java.util.stream.Collectors.joining(" AND "));
            synchronized (spark) {
                // A MERGE takes its commit's userMetadata only from the session; the upserts run one at a time.
                spark.conf().set(USER_METADATA, stagedRunId);
                try {
                    io.delta.tables.DeltaTable.forPath(spark, target).as("t").merge(rows.as("s"), on)
                            .whenMatched().updateAll().whenNotMatched().insertAll().execute();
                } finally {
                    spark.conf().unset(USER_METADATA);
                }
            }
            return;
        }
        Dataset<Row> laidOut = table.partitioned()
                // One file per partition for drops of this size, instead of one per task per partition.
                ? rows.repartition(functions.col("year"), functions.col("month"))
                : rows.coalesce(1);
        org.apache.spark.sql.DataFrameWriter<Row> w = laidOut.write().format("delta")
                .mode(s.mode() == Mode.REPLACE ? SaveMode.Overwrite : SaveMode.Append)
                // Delta skips a write whose (txnAppId, txnVersion) the table has already committed: the
                // commit of a staged change is applied once however often recovery repeats it.
                .option("txnAppId", "quarry:" + stagedRunId)
                .option("txnVersion", 1L)
                .option("userMetadata", stagedRunId)
                // Columns added to a table by a newer Quarry join the old table's schema.
                .option("mergeSchema", "true");
        if (table.partitioned()) {
            w = w.partitionBy("year", "month");
        }
        w.save(target);
    }

    private static final String USER_METADATA = "spark.databricks.delta.commitInfo.userMetadata";

    /**
     * Puts the root in the state of the last run that finished staging: commits what a run that died
     * after staging all its changes had not committed yet, deletes what a run that died while staging
     * left, and turns plain Parquet tables (from a Quarry before Delta) into Delta tables in place.
     * Called with the root's lock held, before the tables are read.
     *
     * @param log where a line goes for each run whose commits are completed or table is converted
     */
    public void recover(java.util.function.Consumer<String> log) {
        FileSystem fs = fileSystem();
        Path stagingRoot = new Path(root, "_staging");
        Path trashRoot = new Path(root, "_trash");
        try {
            if (fs.exists(stagingRoot)) {
                for (org.apache.hadoop.fs.FileStatus run : fs.listStatus(stagingRoot)) {
                    Path staging = run.getPath();
                    Path ready = new Path(staging, READY);
                    if (fs.exists(ready) && fs.getFileStatus(ready).getLen() == 0) {
                        // A ready staging folder of a Quarry before Delta: its Parquet tables are swapped in as then.
                        log.accept("completing the table swap of run " + staging.getName() + ", which stopped while swapping");
                        Path trash = new Path(trashRoot, staging.getName());
                        for (org.apache.hadoop.fs.FileStatus t : fs.listStatus(staging)) {
                            if (t.isDirectory()) {
                                swapIn(fs, staging, trash, t.getPath().getName());
                            }
                        }
                        fs.delete(trash, true);
                    } else if (fs.exists(ready)) {
                        log.accept("completing the commits of run " + staging.getName() + ", which stopped while committing");
                        convertParquetTables(fs, log);
                        commitStaged(staging, staging.getName(), readPlan(fs, staging));
                    }
                    fs.delete(staging, true);
                }
            }
            if (fs.exists(trashRoot)) {
                // Left by a Quarry before Delta that had no ready marker: an old table moved aside and never
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
            convertParquetTables(fs, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover the tables under " + root, e);
        }
    }

    /** Moves an old Parquet table aside and the staged one in (the swap of a Quarry before Delta). */
    private void swapIn(FileSystem fs, Path staging, Path trash, String name) throws IOException {
        Path staged = new Path(staging, name);
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
        if (!fs.rename(staged, target)) {
            throw new IOException("cannot move the new " + name + " into " + target);
        }
    }

    /**
     * A table folder without a Delta log was written by a Quarry before Delta: Delta's CONVERT adds a
     * log over the same Parquet files, so nothing is copied and the rows stay as they were.
     */
    private void convertParquetTables(FileSystem fs, java.util.function.Consumer<String> log) throws IOException {
        for (Table table : Table.values()) {
            Path path = tablePath(table);
            if (!fs.exists(path) || fs.exists(new Path(path, "_delta_log"))) {
                continue;
            }
            log.accept("converting " + path + " (plain Parquet, from a Quarry before Delta) to a Delta table in place");
            String identifier = "parquet.`" + fs.makeQualified(path) + "`";
            if (table.partitioned()) {
                io.delta.tables.DeltaTable.convertToDelta(spark, identifier, "year INT, month INT");
            } else {
                io.delta.tables.DeltaTable.convertToDelta(spark, identifier);
            }
        }
    }

    /**
     * Stages the changes side by side, a few at a time: each is a chain of small Spark jobs whose
     * driver-side planning and commits would otherwise leave the executors idle in turn. The first
     * failure fails the whole write (nothing is committed).
     */
    private void writeAll(Map<Table, Update> updates, Path staging) throws IOException {
        List<Map.Entry<Table, Update>> entries = new ArrayList<>(updates.entrySet());
        inParallel(entries, e -> {
            Table table = e.getKey();
            // Staged unpartitioned: the commit lays the rows out by year and month.
            e.getValue().rows().select(table.sparkColumns()).write().mode(SaveMode.Overwrite)
                    .parquet(new Path(staging, table.tableName()).toString());
        });
    }

    private <T> void inParallel(List<T> items, java.util.function.Consumer<T> work) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        int threads = Math.max(1, Math.min(items.size(), WRITERS));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "quarry-table-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.accept(item)));
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

    /** Reads a table's current version with its declared columns (null in a column its files predate). */
    public Dataset<Row> read(Table table) {
        if (asOfRun != null) {
            return readAsOf(table, asOfRun);
        }
        return declared(table, spark.read().format("delta").load(tablePath(table).toString()));
    }

    /**
     * Reads a table as it was when the given run finished: the last version committed by that run or
     * an earlier one (run ids sort by start time). A table that run had not created yet is empty.
     */
    public Dataset<Row> readAsOf(Table table, String asOfRunId) {
        long version = versionAsOf(table, asOfRunId);
        if (version < 0) {
            return spark.createDataFrame(java.util.List.of(), table.schema());
        }
        Dataset<Row> df = spark.read().format("delta").option("versionAsOf", version).load(tablePath(table).toString());
        FileSystem fs = fileSystem();
        try {
            for (String file : df.inputFiles()) {
                if (!fs.exists(new Path(file))) {
                    throw new VersionGone(table.tableName() + " as run " + asOfRunId + " left it (version " + version
                            + ") can no longer be read: `jobs/quarry maintain` has removed its files (output.keep-history)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return declared(table, df);
    }

    /** A table version whose files {@code maintain} has removed. */
    public static final class VersionGone extends RuntimeException {
        VersionGone(String message) {
            super(message);
        }
    }

    /** The table's last version committed by the given run or an earlier one; -1 when none. */
    public long versionAsOf(Table table, String asOfRunId) {
        if (!exists(table)) {
            return -1;
        }
        Row last = io.delta.tables.DeltaTable.forPath(spark, tablePath(table).toString()).history()
                .filter(functions.col("userMetadata").leq(asOfRunId))
                .agg(functions.max("version")).first();
        return last.isNullAt(0) ? -1 : last.getLong(0);
    }

    private static Dataset<Row> declared(Table table, Dataset<Row> df) {
        java.util.Set<String> present = new java.util.HashSet<>(java.util.Arrays.asList(df.columns()));
        for (dev.quarry.tables.Column c : table.columns()) {
            if (!present.contains(c.name())) {
                df = df.withColumn(c.name(), functions.lit(null).cast(c.type()));
            }
        }
        return df.select(table.sparkColumns());
    }

    /** Whether the table is a Delta table under the root (a folder without a log is not yet one). */
    public boolean exists(Table table) {
        try {
            return fileSystem().exists(new Path(tablePath(table), "_delta_log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
