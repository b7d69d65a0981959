package dev.quarry.tables;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
    public record Update(Dataset<Row> rows, Mode mode, List<String> keys, Scope scope, String deletes) {
        public static Update append(Dataset<Row> rows) {
            return new Update(rows, Mode.APPEND, List.of(), null, "");
        }

        public static Update replace(Dataset<Row> rows) {
            return new Update(rows, Mode.REPLACE, List.of(), null, "");
        }

        public static Update upsert(Dataset<Row> rows, String... keys) {
            return new Update(rows, Mode.UPSERT, List.of(keys), null, "");
        }

        /**
         * An upsert in which a given row that meets {@code condition} (SQL over the given row as
         * {@code s}, e.g. {@code s.mentions <= 0}) deletes the table's row with its keys instead of
         * being written: a count that a run brought down to nothing.
         */
        public Update deletingWhere(String condition) {
            if (mode != Mode.UPSERT) {
                throw new IllegalStateException("only an upsert deletes rows by a condition");
            }
            if (condition.isBlank() || condition.contains("\t") || condition.contains("\n")) {
                throw new IllegalArgumentException("a delete condition is one line of SQL: " + condition);
            }
            return new Update(rows, mode, keys, scope, condition);
        }

        /**
         * An upsert that also deletes the table's rows whose {@code scope} column holds one of the scope's
         * values and whose keys the given rows lack: the rows of a replaced article that its new version
         * no longer has.
         */
        public Update deletingOthersOf(Scope scope) {
            if (mode != Mode.UPSERT) {
                throw new IllegalStateException("only an upsert deletes the rows its scope no longer has");
            }
            return new Update(rows, mode, keys, scope, deletes);
        }
    }

    /** Rows of a table whose {@code column} holds one of {@code values}. */
    public record Scope(String column, List<String> values) {
        public Scope {
            values = List.copyOf(values);
        }
    }

    /**
     * Held while a MERGE runs with the session's userMetadata set. Not the SparkSession itself: Spark
     * and Delta lock the session too (its lazy {@code implicits}, from a broadcast thread that the
     * MERGE waits for), and holding it here deadlocked a run in its MERGE.
     */
    private static final Object MERGE_LOCK = new Object();

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
        Staging staging = begin();
        staging.add(updates);
        return staging.commit();
    }

    /**
     * Starts staging a run's changes: completes what a killed run left (see {@link #recover}), then
     * opens this run's staging folder. Changes can be staged in several batches, so that a later step
     * reads what an earlier one staged as plain Parquet rather than recomputing it from its plan.
     */
    public Staging begin() {
        if (asOfRun != null) {
            throw new IllegalStateException("the tables as of run " + asOfRun + " are read-only");
        }
        // Recovery leaves no staging folder behind, this run's included.
        recover(line -> { });
        return new Staging(stagingDir());
    }

    private Path stagingDir() {
        return new Path(new Path(root, "_staging"), runId);
    }

    /**
     * One run's changes, written under {@code _staging/<run_id>/} as they are added and committed
     * together by {@link #commit()}. What is added is read back from its staged files: a derived
     * table planned over them starts from a file scan, not from the whole plan (ingest, Spark NLP,
     * quote finding) that produced them, which Spark would otherwise analyse and optimise again for
     * every table derived from it.
     */
    public final class Staging {
        private final Path dir;
        private final Map<Table, Update> staged = new LinkedHashMap<>();
        private boolean ready;

        private Staging(Path dir) {
            this.dir = dir;
        }

        /**
         * After a failure: removes what was staged unless it was already marked ready (then the next
         * command completes its commits). Frees the space at once, which matters when the disk is full.
         */
        public void abandon() {
            if (ready) {
                return;
            }
            try {
                FileSystem fs = fileSystem();
                fs.delete(dir, true);
                deleteIfEmpty(fs, new Path(root, "_staging"));
            } catch (IOException | RuntimeException e) {
                // Recovery deletes an unready staging folder anyway; the run's own failure is what to report.
            }
        }

        /** Writes the changes (side by side) and returns each table's staged rows, read back. */
        public Map<Table, Dataset<Row>> add(Map<Table, Update> updates) {
            for (Table t : updates.keySet()) {
                if (staged.containsKey(t)) {
                    throw new IllegalStateException(t.tableName() + " is already staged for run " + runId);
                }
            }
            try {
                writeAll(updates, dir);
            } catch (IOException e) {
                throw new UncheckedIOException("staging tables under " + dir + " failed", e);
            }
            Map<Table, Dataset<Row>> readBack = new LinkedHashMap<>();
            updates.forEach((t, u) -> {
                staged.put(t, u);
                readBack.put(t, stagedRows(dir, t));
            });
            return readBack;
        }

        /**
         * Writes rows a later step needs but no table receives as they are (quotes before they are
         * linked to speakers), and reads them back. Never committed; deleted with the staging folder.
         */
        public Dataset<Row> scratch(String name, Dataset<Row> rows) {
            String path = new Path(new Path(dir, SCRATCH), name).toString();
            rows.write().mode(SaveMode.Overwrite).parquet(path);
            return spark.read().parquet(path);
        }

        /** Marks everything staged ready, commits it, and drops the staging folder. */
        public Map<Table, String> commit() {
            FileSystem fs = fileSystem();
            try {
                markReady(dir, staged);
            } catch (IOException e) {
                throw new UncheckedIOException("staging tables under " + dir + " failed", e);
            }
            ready = true;
            try {
                commitStaged(dir, runId, readPlan(fs, dir));
            } catch (IOException | RuntimeException e) {
                throw new CommitIncomplete(runId, e);
            }
            try {
                fs.delete(dir, true);
                deleteIfEmpty(fs, new Path(root, "_staging"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the staging folder " + dir + " of a committed run", e);
            }
            Map<Table, String> written = new LinkedHashMap<>();
            for (Table table : staged.keySet()) {
                written.put(table, fs.makeQualified(tablePath(table)).toString());
            }
            return written;
        }
    }

    /**
     * A run failed after its changes were marked ready, during the commits: some tables may hold the
     * run's rows and others not yet. The next command on the root completes the commits ({@link #recover}).
     */
    public static final class CommitIncomplete extends RuntimeException {
        CommitIncomplete(String runId, Throwable cause) {
            super("run " + runId + " stopped while committing its staged changes; the next command on this output root"
                    + " completes them: " + cause.getMessage(), cause);
        }
    }

    private static Path scopePath(Path staging, Table table) {
        return new Path(new Path(staging, "_scope"), table.tableName());
    }

    /** The staging subfolder of rows that are never committed. */
    private static final String SCRATCH = "_scratch";

    private Dataset<Row> stagedRows(Path staging, Table table) {
        return spark.read().parquet(new Path(staging, table.tableName()).toString()).select(table.sparkColumns());
    }

    /** Writes the changes under {@code _staging/<run_id>/} and marks them ready; commits nothing. */
    Path stage(Map<Table, Update> updates) throws IOException {
        Path staging = stagingDir();
        writeAll(updates, staging);
        markReady(staging, updates);
        return staging;
    }

    private void markReady(Path staging, Map<Table, Update> updates) throws IOException {
        if ("true".equals(spark.conf().get("spark.quarry.test.halt-before-swap", "false"))) {
            // For the killed-run test: die the hard way after staging, before anything is committed.
            Runtime.getRuntime().halt(137);
        }
        List<Staged> plan = new ArrayList<>();
        for (Map.Entry<Table, Update> e : updates.entrySet()) {
            Scope scope = e.getValue().scope();
            if (scope != null) {
                // The values can be many: staged as rows beside the table's, not in the plan's line.
                spark.createDataFrame(scope.values().stream().map(v -> RowFactory.create(v)).toList(),
                                new org.apache.spark.sql.types.StructType().add("value", org.apache.spark.sql.types.DataTypes.StringType))
                        .coalesce(1).write().mode(SaveMode.Overwrite).parquet(scopePath(staging, e.getKey()).toString());
            }
            plan.add(new Staged(e.getKey(), e.getValue().mode(), e.getValue().keys(), scope == null ? "" : scope.column(),
                    e.getValue().deletes()));
        }
        writePlan(fileSystem(), staging, plan);
    }

    /** Marks a staging folder whose tables are all written and lists them: from then on its commits are completed, not undone. */
    static final String READY = "_READY";

    /** A staged change, as listed in {@code _READY}. */
    private record Staged(Table table, Mode mode, List<String> keys, String scopeColumn, String deletes) {
        String line() {
            return table.tableName() + "\t" + mode + "\t" + String.join(",", keys) + "\t" + scopeColumn + "\t" + deletes;
        }

        static Staged parse(String line) {
            String[] f = line.split("\t", -1);
            Table table = java.util.Arrays.stream(Table.values()).filter(t -> t.tableName().equals(f[0])).findFirst()
                    .orElseThrow(() -> new IllegalStateException("unknown table in a staging plan: " + f[0]));
            // A plan written before scopes existed has three fields, before delete conditions four.
            return new Staged(table, Mode.valueOf(f[1]), f[2].isEmpty() ? List.of() : List.of(f[2].split(",")), f.length > 3 ? f[3] : "",
                    f.length > 4 ? f[4] : "");
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
        Dataset<Row> rows = stagedRows(staging, table);
        String target = tablePath(table).toString();
        if (s.mode() != Mode.REPLACE && s.scopeColumn().isEmpty() && exists(table) && rows.isEmpty()) {
            // Nothing to add: no new version (a daily run with no new rejects leaves rejects as it was).
            return;
        }
        if (s.mode() == Mode.UPSERT && exists(table)) {
            String on = s.keys().stream().map(k -> "t.`" + k + "` = s.`" + k + "`").collect(java.util.stream.Collectors.joining(" AND "));
            if (table.partitioned() && s.keys().containsAll(List.of("year", "month"))) {
                // Rows keyed by month match only in the months they bring: the MERGE reads those partitions, not the table.
                on += " AND " + inMonths("t.", rows);
            }
            synchronized (MERGE_LOCK) {
                // A MERGE takes its commit's userMetadata only from the session; the upserts run one at a time.
                spark.conf().set(USER_METADATA, stagedRunId);
                // Columns added to a table by a newer Quarry join the old table's schema here too
                // (a MERGE ignores the append's mergeSchema option).
                spark.conf().set(AUTO_MERGE, "true");
                try {
                    io.delta.tables.DeltaMergeBuilder merge = io.delta.tables.DeltaTable.forPath(spark, target).as("t").merge(rows.as("s"), on);
                    if (s.deletes().isEmpty()) {
                        merge = merge.whenMatched().updateAll().whenNotMatched().insertAll();
                    } else {
                        merge = merge.whenMatched(s.deletes()).delete().whenMatched().updateAll()
                                .whenNotMatched("NOT (" + s.deletes() + ")").insertAll();
                    }
                    if (!s.scopeColumn().isEmpty()) {
                        Object[] values = spark.read().parquet(scopePath(staging, table).toString()).collectAsList().stream()
                                .map(r -> r.getString(0)).toArray();
                        merge = merge.whenNotMatchedBySource(functions.col("t.`" + s.scopeColumn() + "`").isin(values)).delete();
                    }
                    merge.execute();
                } finally {
                    spark.conf().unset(USER_METADATA);
                    spark.conf().unset(AUTO_MERGE);
                }
            }
            return;
        }
        if (!s.deletes().isEmpty()) {
            // An upsert into a table not yet there: a row meant to delete has nothing to delete.
            rows = rows.as("s").filter(functions.expr("NOT (" + s.deletes() + ")"));
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
    private static final String AUTO_MERGE = "spark.databricks.delta.schema.autoMerge.enabled";

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

    /**
     * SQL that holds for rows in the (year, month) partitions that {@code rows} has, with the columns
     * prefixed by {@code prefix} ("t." in a MERGE); false when it has none.
     */
    public static String inMonths(String prefix, Dataset<Row> rows) {
        List<Row> months = rows.select("year", "month").distinct().collectAsList();
        return months.isEmpty() ? "false" : months.stream()
                .map(m -> "(" + prefix + "year = " + m.getInt(0) + " AND " + prefix + "month = " + m.getInt(1) + ")")
                .collect(java.util.stream.Collectors.joining(" OR ", "(", ")"));
    }

    /** Whether the table exists and its stored schema has the column (a table written by an older Quarry may lack it). */
    public boolean hasColumn(Table table, String column) {
        return exists(table) && java.util.Arrays.asList(spark.read().format("delta").load(tablePath(table).toString()).columns()).contains(column);
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
