package dev.quarry.archive;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import dev.quarry.samples.SampleOracle;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Task failures that Spark retries, and a run killed outright, lose and double nothing. The model stages
 * are off here: the retried work is the Java stage, and the child JVMs would otherwise spend minutes loading models.
 */
class FailureRecoveryTest {

    private static String table(Path out, String name) {
        return dev.quarry.tables.DeltaLogFiles.scan(out.resolve(name));
    }

    @Test
    void retriedAnnotateTasksGiveEveryArticleAndQuoteExactlyOnce() throws Exception {
        Path dir = Files.createTempDirectory("quarry-retries");
        Path clean = dir.resolve("clean");
        Path flaky = dir.resolve("flaky");
        assertEquals(ExitCode.OK, QuarryCli.execute("run", "--input", SampleOracle.ARCHIVE.toString(), "--output", clean.toString(),
                "--set", "spark.master=local[2]", "--set", "annotate.partitions=8", "--no-report", "--set", "models.enabled=false"));
        // local[2,4]: two threads, each task retried up to four times; about half the first attempts fail.
        // A child JVM, since the master is fixed when this JVM's Spark context starts.
        Files.createDirectories(flaky);
        Process run = child(SampleOracle.ARCHIVE, flaky, "--master", "local[2,4]", "--set", "annotate.partitions=8",
                "--set", "spark.conf.\"spark.quarry.test.failure-rate\"=0.5");
        assertTrue(run.waitFor(15, TimeUnit.MINUTES));
        String log = Files.readString(dir.resolve("child.log"));
        assertEquals(0, run.exitValue(), log);
        assertTrue(log.contains("injected failure"), "no task attempt failed, so the retry path was not exercised:\n" + log);
        Set<String> cleanQuotes = EndToEndTest.duckdbStrings("select quote_id from " + table(clean, "quotes"));
        assertEquals(cleanQuotes, EndToEndTest.duckdbStrings("select quote_id from " + table(flaky, "quotes")));
        assertEquals(Set.of(String.valueOf(cleanQuotes.size())), EndToEndTest.duckdbStrings("select count(*) from " + table(flaky, "quotes")));
        assertEquals(Set.of("30|30"), EndToEndTest.duckdbStrings("select count(*) || '|' || count(distinct article_id) from " + table(flaky, "articles")));
    }

    /**
     * A run killed before its commits leaves the previous tables; a run killed in the middle of its
     * commits has them completed by the next command. Either way the rerun gives the rows of a run never
     * killed. One test, so the sample archive is run as few times as the story needs.
     */
    @Test
    void aKilledRunLosesNothingWhetherKilledBeforeOrDuringItsCommits() throws Exception {
        Path dir = Files.createTempDirectory("quarry-killed");
        Path in = Files.createDirectories(dir.resolve("drop"));
        Files.copy(SampleOracle.ARCHIVE, in.resolve("day1.jsonl"));
        Path out = dir.resolve("out");
        Path clean = dir.resolve("clean");
        assertEquals(ExitCode.OK, QuarryCli.execute("run", "--input", in.toString(), "--output", out.toString(),
                "--set", "spark.master=local[2]", "--no-report", "--set", "models.enabled=false"));
        dev.quarry.tables.FolderCopy.copy(out, clean); // the same day-1 tables on both roots, for one run fewer
        Set<String> before = EndToEndTest.duckdbStrings("select quote_id from " + table(out, "quotes"));

        // A second day arrives. The clean root reads it undisturbed.
        Files.writeString(in.resolve("day2.jsonl"),
                "{\"id\":\"late\",\"maintext\":\"\\\"We are open late tonight,\\\" shop owner Ida Lund said.\"}\n");
        assertEquals(ExitCode.OK, QuarryCli.execute("run", "--input", in.toString(), "--output", clean.toString(),
                "--set", "spark.master=local[2]", "--no-report", "--set", "models.enabled=false"));

        // On the other root, the run that reads it dies after writing, before swapping anything in: nothing changed.
        Process killed = child(in, out, "--set", "spark.conf.\"spark.quarry.test.halt-before-swap\"=true");
        assertTrue(killed.waitFor(15, TimeUnit.MINUTES));
        assertEquals(137, killed.exitValue(), Files.readString(dir.resolve("child.log")));
        assertEquals(before, EndToEndTest.duckdbStrings("select quote_id from " + table(out, "quotes")));
        assertEquals(Set.of("30"), EndToEndTest.duckdbStrings("select count(*) from " + table(out, "articles")));

        // The next run dies after committing its first table, the others not yet.
        killed = child(in, out, "--set", "spark.conf.\"spark.quarry.test.halt-mid-swap\"=true");
        assertTrue(killed.waitFor(15, TimeUnit.MINUTES));
        assertEquals(137, killed.exitValue(), Files.readString(dir.resolve("child.log")));
        try (var staged = Files.list(out.resolve("_staging"))) {
            assertTrue(staged.anyMatch(run -> Files.exists(run.resolve("_READY"))), "the killed run's changes, staged and marked ready");
        }
        assertEquals(Set.of("1"), EndToEndTest.duckdbStrings("select count(*) from " + table(out, "runs")),
                "the runs table, committed last, does not hold the killed run yet");
        assertTrue(Files.exists(out.resolve(dev.quarry.tables.OutputLock.FILE)), "the dead run's lock is still there");

        // The next command takes the dead run's lock over, completes its commits, and finds nothing new to read.
        assertEquals(ExitCode.OK, QuarryCli.execute("run", "--input", in.toString(), "--output", out.toString(),
                "--set", "spark.master=local[2]", "--no-report", "--set", "models.enabled=false"));
        org.apache.spark.sql.SparkSession spark = org.apache.spark.sql.SparkSession.builder().master("local[2]").getOrCreate();
        for (var e : dev.quarry.tables.TableComparison.compare(spark, clean.toString(), out.toString()).entrySet()) {
            if (e.getKey() != dev.quarry.tables.Table.RUNS) {
                assertTrue(e.getValue().same(), e.getKey() + " differs from a run never killed: " + e.getValue());
            }
        }
        assertEquals(Set.of("31"), EndToEndTest.duckdbStrings("select count(*) from " + table(out, "articles")));
        assertTrue(EndToEndTest.duckdbStrings("select quote_id from " + table(out, "quotes")).containsAll(before));
        assertEquals(Set.of("late"), EndToEndTest.duckdbStrings("select distinct article_id from " + table(out, "quotes")
                + " where article_id = 'late'"));
        for (String leftover : List.of("_staging", "_trash", dev.quarry.tables.OutputLock.FILE)) {
            assertTrue(!Files.exists(out.resolve(leftover)), leftover + " left behind");
        }
    }

    @Test
    void aCommandOnABusyOutputRootStopsAtOnceOrWaits() throws Exception {
        Path dir = Files.createTempDirectory("quarry-busy");
        Path out = dir.resolve("out");
        org.apache.hadoop.fs.FileSystem fs = org.apache.hadoop.fs.FileSystem.getLocal(new org.apache.hadoop.conf.Configuration());
        dev.quarry.tables.OutputLock held = dev.quarry.tables.OutputLock.acquire(fs, new org.apache.hadoop.fs.Path(out.toString()),
                "other-run", 0, line -> { });
        String[] run = {"run", "--input", SampleOracle.ARCHIVE.toString(), "--output", out.toString(), "--set", "spark.master=local[2]",
                "--no-report", "--set", "models.enabled=false"};
        assertEquals(ExitCode.BUSY, QuarryCli.execute(run));
        assertTrue(!Files.exists(out.resolve("articles")), "nothing written by the command that found the root busy");
        assertTrue(Files.readString(out.resolve(dev.quarry.tables.OutputLock.FILE)).startsWith("other-run"), "the holder keeps its lock");

        // With --wait it runs once the holder lets go.
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(4_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            held.close();
        });
        release.start();
        List<String> waiting = new ArrayList<>(List.of(run));
        waiting.add("--wait");
        assertEquals(ExitCode.OK, QuarryCli.execute(waiting.toArray(new String[0])));
        release.join();
        assertEquals(Set.of("30"), EndToEndTest.duckdbStrings("select count(*) from " + table(out, "articles")));
        assertTrue(!Files.exists(out.resolve(dev.quarry.tables.OutputLock.FILE)), "released at the end");
    }

    /** Runs quarry in a child JVM with this test's classpath and JVM flags, so it can die without taking the tests along. */
    private static Process child(Path in, Path out, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-Xmx")) {
                cmd.add(arg);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.quarry.cli.QuarryCli");
        cmd.addAll(List.of("run", "--input", in.toString(), "--output", out.toString(), "--no-report", "--set", "models.enabled=false"));
        cmd.addAll(List.of(extra));
        if (!List.of(extra).contains("--master")) {
            cmd.addAll(List.of("--master", "local[2]"));
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.getParent().resolve("child.log").toFile()).start();
    }
}
