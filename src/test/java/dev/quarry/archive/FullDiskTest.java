package dev.quarry.archive;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import dev.quarry.tables.FolderCopy;
import dev.quarry.tables.TableComparison;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run whose output root is on a full disk (a small tmpfs, mounted for the test) exits with 5 and
 * says so; the tables from before are readable and unchanged, and once there is space the next run
 * goes through. Needs the right to mount (root in CI's container); skipped, saying why, without it.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aRunOnAFullDiskExitsWith5AndLeavesTheTablesAsTheyWere() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        mount(disk);
        try {
            Path in = Files.createDirectories(dir.resolve("in"));
            Path out = disk.resolve("out");
            Files.writeString(in.resolve("day1.jsonl"), String.join("\n",
                    "{\"id\":\"f1\",\"date_publish\":\"2024-06-03\",\"maintext\":\"\\\"The bridge stays shut until May,\\\" engineer Ana Costa said.\"}",
                    "{\"id\":\"f2\",\"date_publish\":\"2024-06-03\",\"maintext\":\"\\\"Buses will run instead,\\\" councillor Ravi Nair said on Monday.\"}") + "\n");
            assertEquals(ExitCode.OK, run(in, out, new StringBuilder()));
            Path before = dir.resolve("before");
            FolderCopy.copy(out, before);

            Files.writeString(in.resolve("day2.jsonl"),
                    "{\"id\":\"f3\",\"date_publish\":\"2024-06-04\",\"maintext\":\"\\\"Repairs start next week,\\\" Ana Costa said.\"}\n");
            Path filler = fill(disk, 64 * 1024);
            StringBuilder err = new StringBuilder();
            assertEquals(ExitCode.RUN_FAILED, run(in, out, err));
            assertTrue(err.toString().contains("quarry: no space left on the device under"), err.toString());
            assertTrue(err.toString().contains("nothing of this run was committed"), err.toString());

            Files.delete(filler);
            assertEquals(logFiles(before), logFiles(out), "no table gained a version");
            TableComparison.compare(SparkSession.active(), before.toString(), out.toString()).values()
                    .forEach(o -> assertTrue(o.same(), o.toString()));
            assertTrue(!Files.exists(out.resolve("_staging")), "the failed run's staged files are gone");

            // With space again, the same drop goes through.
            assertEquals(ExitCode.OK, run(in, out, new StringBuilder()));
            assertEquals(3, SparkSession.active().read().format("delta").load(out.resolve("articles").toString()).count());
        } finally {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    private static void mount(Path at) throws Exception {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        Assumptions.assumeTrue(p.waitFor() == 0, "cannot mount a small tmpfs here (needs root or CAP_SYS_ADMIN): " + said);
    }

    /** Fills the disk to the last {@code leave} bytes; returns the file that does it. */
    private static Path fill(Path disk, int leave) throws IOException {
        Path reserve = disk.resolve("reserve");
        Files.write(reserve, new byte[leave]);
        Path filler = disk.resolve("filler");
        byte[] block = new byte[64 * 1024];
        try (OutputStream o = Files.newOutputStream(filler)) {
            while (true) {
                o.write(block);
            }
        } catch (IOException full) {
            // The disk is full; freeing the reserve leaves exactly that much.
        }
        Files.delete(reserve);
        return filler;
    }

    private static Set<String> logFiles(Path root) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("_delta_log"))
                    .forEach(p -> names.add(root.relativize(p).toString()));
        }
        return names;
    }

    /** Runs the CLI with its stderr copied into {@code err}. */
    private static int run(Path in, Path out, StringBuilder err) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new org.apache.commons.io.output.TeeOutputStream(original, captured), true, StandardCharsets.UTF_8));
        try {
            return QuarryCli.execute("run", "--input", in.toString(), "--output", out.toString(), "--set", "spark.master=local[2]",
                    "--no-report");
        } finally {
            System.setErr(original);
            err.append(captured.toString(StandardCharsets.UTF_8));
        }
    }
}
