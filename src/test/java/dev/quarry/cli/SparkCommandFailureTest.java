package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.session.Progress;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Failures inside a Spark command end with "run failed" (5), errors of the JVM's stack and heap included. */
class SparkCommandFailureTest {

    @CommandLine.Command(name = "fails")
    static final class Failing extends SparkCommand {
        private final Throwable failure;

        Failing(Throwable failure) {
            this.failure = failure;
        }

        @Override
        int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) throws Exception {
            if (failure instanceof Exception e) {
                throw e;
            }
            throw (Error) failure;
        }
    }

    private static int exitOf(Throwable failure) {
        return new CommandLine(new Failing(failure)).execute("--master", "local[1]", "--set", "logging.level=error");
    }

    @Test
    void exceptionsAndExhaustedStackOrHeapAreFailedRuns() {
        assertEquals(ExitCode.RUN_FAILED, exitOf(new IllegalStateException("broken")));
        assertEquals(ExitCode.RUN_FAILED, exitOf(new StackOverflowError()));
        assertEquals(ExitCode.RUN_FAILED, exitOf(new OutOfMemoryError("Java heap space")));
        assertEquals(ExitCode.INPUT, exitOf(new RuntimeException(new java.io.FileNotFoundException("no/such/file"))));
    }
}
