package dev.quarry.cli;

import dev.quarry.config.ConfigException;
import dev.quarry.config.QuarryConfig;
import dev.quarry.session.Progress;
import dev.quarry.session.QuarrySession;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;

import java.io.FileNotFoundException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.Callable;

/** A command that runs on Spark: checks the configuration first, then maps failures to exit codes. */
abstract class SparkCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    /**
     * The lock options of a command that writes tables under the output root, null for one that does
     * not: such a command runs holding the root's {@link dev.quarry.tables.OutputLock}, after putting
     * the tables back in a whole state ({@link dev.quarry.tables.TableWriter#recover}).
     */
    OutputLockOptions outputLock() {
        return null;
    }

    /** The run's own work; the session and the configuration are ready. */
    abstract int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress)
            throws Exception;

    @Override
    public Integer call() {
        QuarryConfig config;
        try {
            config = options.load();
            // Names in quotes.rules are checked against the rules here, before Spark starts.
            dev.quarry.quotes.QuoteRules.checkNames(config.quotes().rules());
        } catch (ConfigException e) {
            System.err.println("quarry: configuration error: " + e.getMessage());
            return ExitCode.CONFIG;
        }
        Instant runStart = Instant.now();
        String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(runStart)
                + "-" + UUID.randomUUID().toString().substring(0, 6);
        setLogLevel(config.logging().level());
        // The launcher says whether stderr is a terminal (Java can only tell that of stdin and stdout).
        boolean terminal = "1".equals(System.getenv("QUARRY_STDERR_TTY"));
        Progress progress = new Progress(System.err, terminal, config.logging().progressIntervalMillis());
        progress.info("run " + runId + " (config " + config.hash() + ", master " + config.spark().master() + ")");
        SparkSession spark = QuarrySession.start(config);
        progress.attach(spark);
        dev.quarry.tables.OutputLock lock = null;
        try {
            if (outputLock() != null) {
                try {
                    lock = lockOutput(spark, config, runId, progress);
                } catch (dev.quarry.tables.OutputLock.Busy busy) {
                    System.err.println("quarry: output root busy: " + busy.getMessage());
                    return ExitCode.BUSY;
                }
                new dev.quarry.tables.TableWriter(spark, config.output().root(), runId).recover(progress::info);
            }
            return run(spark, config, runId, runStart, progress);
        } catch (Exception | StackOverflowError | OutOfMemoryError | org.apache.hadoop.fs.FSError e) {
            // A deep plan or a large input can exhaust the driver's stack or heap: that is a failed run
            // (exit 5, tables unchanged) for a scheduler, not the JVM's bare exit code 1. Hadoop's local
            // file system reports a full disk as an FSError.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof FileNotFoundException || root instanceof org.apache.spark.sql.AnalysisException
                    && root.getMessage() != null && root.getMessage().contains("PATH_NOT_FOUND")) {
                System.err.println("quarry: input error: " + root.getMessage());
                return ExitCode.INPUT;
            }
            boolean incomplete = causedBy(e, dev.quarry.tables.TableWriter.CommitIncomplete.class);
            if (diskFull(e)) {
                // Said first and plainly: the stack trace below is long, and the cure is not in it.
                System.err.println("quarry: no space left on the device under " + config.output().root()
                        + " (or in Spark's scratch folder, spark.local.dir). Free some space and run again"
                        + (incomplete ? "; the next command on this root completes the run's commits."
                        : "; nothing of this run was committed."));
            }
            if (incomplete) {
                System.err.println("quarry: run " + runId + " failed while committing: some tables hold its rows, others not yet;"
                        + " every table stays readable, and the next command on this output root completes the commits: " + e);
            } else {
                System.err.println("quarry: run " + runId + " failed; the previous tables are unchanged: " + e);
            }
            e.printStackTrace(System.err);
            if (e instanceof OutOfMemoryError) {
                System.err.println("quarry: the driver ran out of memory; give it more with QUARRY_DRIVER_MEMORY"
                        + " (or spark.driver-memory), or annotate in smaller pieces (annotate.max-piece-chars)");
            } else if (e instanceof StackOverflowError) {
                System.err.println("quarry: the driver's stack overflowed; give it more with QUARRY_JAVA_OPTS=-Xss16m");
            }
            return ExitCode.RUN_FAILED;
        } finally {
            if (lock != null) {
                lock.close();
            }
            progress.close();
        }
        // The session is not stopped here: Spark NLP caches the session it first sees, so a
        // stopped one would break any later command in the same JVM. QuarryCli.main stops it.
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure, or any of its causes, is a write to a full disk. */
    static boolean diskFull(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (diskFull(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private dev.quarry.tables.OutputLock lockOutput(SparkSession spark, QuarryConfig config, String runId, Progress progress)
            throws java.io.IOException {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(config.output().root());
        org.apache.hadoop.fs.FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        return dev.quarry.tables.OutputLock.acquire(fs, root, runId, outputLock().waitForLock ? -1 : 0, progress::info);
    }

    /** WARN keeps the named quiet loggers of log4j2.properties quiet; INFO and DEBUG open every logger. */
    private static void setLogLevel(String level) {
        org.apache.logging.log4j.Level l = org.apache.logging.log4j.Level.toLevel(level, org.apache.logging.log4j.Level.WARN);
        if (l.isMoreSpecificThan(org.apache.logging.log4j.Level.WARN)) {
            org.apache.logging.log4j.core.config.Configurator.setRootLevel(l);
        } else {
            org.apache.logging.log4j.core.config.Configurator.setAllLevels(org.apache.logging.log4j.LogManager.ROOT_LOGGER_NAME, l);
        }
    }
}
