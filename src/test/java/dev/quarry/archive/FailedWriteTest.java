package dev.quarry.archive;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A run whose tables cannot be written fails, and leaves nothing it cached behind in the JVM. */
class FailedWriteTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteReleasesTheCaches() throws Exception {
        Path input = dir.resolve("a.jsonl");
        Files.writeString(input, "{\"id\":\"one\",\"maintext\":\"The harbour reopened on Monday, the mayor said.\"}\n");
        Path notADirectory = dir.resolve("out");
        Files.writeString(notADirectory, "a file where the output folder should be");
        Set<Integer> before = cachedRdds();

        int exit = QuarryCli.execute("ingest", "--input", input.toString(), "--output", notADirectory.toString(),
                "--set", "spark.master=local[2]");

        assertEquals(ExitCode.RUN_FAILED, exit);
        Set<Integer> after = cachedRdds();
        after.removeAll(before);
        assertEquals(Set.of(), after, "cached data left behind by the failed run");
    }

    private static Set<Integer> cachedRdds() {
        Set<Integer> ids = new HashSet<>();
        SparkSession.getActiveSession().foreach(s -> {
            scala.collection.JavaConverters.mapAsJavaMap(s.sparkContext().getPersistentRDDs()).keySet().forEach(k -> ids.add((Integer) k));
            return null;
        });
        return ids;
    }
}
