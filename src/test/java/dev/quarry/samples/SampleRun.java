package dev.quarry.samples;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One `jobs/quarry run` over the sample archive, shared by the tests that read its output (the
 * cookbook, the report): Surefire runs every test class in one JVM, so it runs once.
 */
public final class SampleRun {

    private static Path out;
    /** The hand-written alias table the run links speakers' external ids from. */
    public static final Path ALIASES = Path.of("samples/speaker-aliases.csv");

    private SampleRun() {
    }

    public static synchronized Path output() throws Exception {
        if (out == null) {
            Path dir = Files.createTempDirectory("quarry-sample-run");
            int exit = QuarryCli.execute("run", "--input", SampleOracle.ARCHIVE.toString(), "--output", dir.toString(),
                    "--set", "spark.master=local[2]", "--set", "speakers.aliases-file=" + ALIASES);
            if (exit != ExitCode.OK) {
                throw new IllegalStateException("the sample run failed with exit code " + exit);
            }
            out = dir;
        }
        return out;
    }
}
