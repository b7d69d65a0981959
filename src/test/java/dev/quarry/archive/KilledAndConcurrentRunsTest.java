package dev.quarry.archive;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import dev.quarry.samples.SampleOracle;
import dev.quarry.tables.FolderCopy;
import dev.quarry.tables.Table;
import dev.quarry.tables.TableComparison;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs killed at a random moment of annotate and of the write, and two runs started together on one
 * root, end with the tables of runs never disturbed (compared as {@code jobs/quarry compare} does).
 * Child JVMs, models off (see {@link FailureRecoveryTest}). The random delays come from a seed printed
 * with any failure, so a failing case can be replayed.
 */
class KilledAndConcurrentRunsTest {

    private static final String[] QUICK = {"--set", "spark.master=local[2]", "--no-report", "--set", "models.enabled=false"};

    @Test
    void runsKilledAtRandomMomentsOfAnnotateAndWriteLoseNothing() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path dir = Files.createTempDirectory("quarry-random-kill");
        Path in = Files.createDirectories(dir.resolve("drop"));
        Files.copy(SampleOracle.ARCHIVE, in.resolve("day1.jsonl"));
        Path out = dir.resolve("out");
        Path clean = dir.resolve("clean");
        assertEquals(ExitCode.OK, run(in, out));
        FolderCopy.copy(out, clean);
        Files.writeString(in.resolve("day2.jsonl"), String.join("\n",
                "{\"id\":\"k1\",\"date_publish\":\"2024-07-01\",\"maintext\":\"\\\"The pier reopens in June,\\\" harbour master Ida Lund said.\"}",
                "{\"id\":\"k2\",\"date_publish\":\"2024-07-02\",\"maintext\":\"\\\"Tickets go on sale today,\\\" organiser Per Holm said.\"}") + "\n");
        assertEquals(ExitCode.OK, run(in, clean));

        List<String> story = new ArrayList<>();
        for (String stage : List.of("annotate", "write")) {
            int delay = random.nextInt(stage.equals("write") ? 8_000 : 2_000);
            Path log = dir.resolve("child-" + stage + ".log");
            Process child = child(in, out, log);
            boolean reached = awaitLine(child, log, "[quarry] " + stage + ":", 10);
            Thread.sleep(delay);
            boolean killed = child.isAlive();
            child.destroyForcibly();
            assertTrue(child.waitFor(5, TimeUnit.MINUTES));
            story.add(stage + (reached ? "" : " (never reached)") + " +" + delay + " ms: "
                    + (killed ? "killed" : "had finished with " + child.exitValue()));
        }
        String what = "seed " + seed + ": " + story;
        assertEquals(ExitCode.OK, run(in, out), what);
        sameTables(clean, out, what);
    }

    @Test
    void twoRunsStartedTogetherOnOneRootBothLandOnce() throws Exception {
        Path dir = Files.createTempDirectory("quarry-together");
        Path daily = Files.createDirectories(dir.resolve("daily"));
        Path backfill = Files.createDirectories(dir.resolve("backfill"));
        Files.copy(SampleOracle.ARCHIVE, daily.resolve("day1.jsonl"));
        Files.writeString(backfill.resolve("1999.jsonl"), String.join("\n",
                "{\"id\":\"b1\",\"date_publish\":\"1999-03-01\",\"maintext\":\"\\\"The mill will close,\\\" owner Lars Berg said.\"}",
                "{\"id\":\"b2\",\"date_publish\":\"1999-03-02\",\"maintext\":\"\\\"Nobody saw it coming,\\\" worker Eva Dahl said.\"}") + "\n");
        Path out = dir.resolve("out");
        Path oneAfterTheOther = dir.resolve("sequential");
        assertEquals(ExitCode.OK, run(daily, oneAfterTheOther));
        assertEquals(ExitCode.OK, run(backfill, oneAfterTheOther));

        // A retried cron job and a backfill, started in the same second: one takes the root, the other waits.
        Process first = child(daily, out, dir.resolve("first.log"), "--wait");
        Process second = child(backfill, out, dir.resolve("second.log"), "--wait");
        assertTrue(first.waitFor(15, TimeUnit.MINUTES) && second.waitFor(15, TimeUnit.MINUTES));
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("first.log")));
        assertEquals(0, second.exitValue(), Files.readString(dir.resolve("second.log")));
        String waited = Files.readString(dir.resolve("first.log")) + Files.readString(dir.resolve("second.log"));
        assertTrue(waited.contains("waiting"), "one of them waited for the other's lock:\n" + waited);
        sameTables(oneAfterTheOther, out, "two runs together against one after the other");
        assertEquals(2, SparkSession.active().read().format("delta").load(out.resolve("runs").toString()).count());
    }

    private static void sameTables(Path expected, Path actual, String what) {
        SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
        for (var e : TableComparison.compare(spark, expected.toString(), actual.toString()).entrySet()) {
            if (e.getKey() != Table.RUNS) {
                assertTrue(e.getValue().same(), what + ": " + e.getKey() + " differs: " + e.getValue());
            }
        }
        for (String leftover : List.of("_staging", dev.quarry.tables.OutputLock.FILE)) {
            assertTrue(!Files.exists(actual.resolve(leftover)), what + ": " + leftover + " left behind");
        }
    }

    private static int run(Path in, Path out) {
        List<String> args = new ArrayList<>(List.of("run", "--input", in.toString(), "--output", out.toString()));
        args.addAll(List.of(QUICK));
        return QuarryCli.execute(args.toArray(new String[0]));
    }

    /** Waits until the child's log has a line starting with {@code prefix}, or it ends, or the minutes pass. */
    private static boolean awaitLine(Process child, Path log, String prefix, int minutes) throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        while (System.nanoTime() < until && child.isAlive()) {
            if (Files.exists(log) && Files.readAllLines(log).stream().anyMatch(l -> l.startsWith(prefix))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** quarry run in a child JVM with this test's classpath and JVM flags, so that it can be killed. */
    private static Process child(Path in, Path out, Path log, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-Xmx")) {
                cmd.add(arg);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.quarry.cli.QuarryCli"));
        cmd.addAll(List.of("run", "--input", in.toString(), "--output", out.toString(), "--no-report", "--set", "models.enabled=false",
                "--master", "local[2]"));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
