package dev.quarry.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import dev.quarry.samples.SampleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkJobTest {

    @Test
    void timesEveryStageOnAResampledArchive(@TempDir Path tmp) throws Exception {
        SampleRun.output(); // the models are loaded once per JVM; share them with the sample run
        Path work = tmp.resolve("bench");
        int exit = QuarryCli.execute("benchmark", "--articles", "60", "--seed", "5", "--corpora", tmp.resolve("no-corpora").toString(),
                "--work", work.toString(), "--set", "spark.master=local[2]", "--set", "annotate.partitions=2");
        assertEquals(ExitCode.OK, exit);
        JsonNode report = new ObjectMapper().readTree(Files.readString(work.resolve("benchmark.json")));
        assertEquals(60, report.get("archive").get("articles").asInt());
        long tokens = report.get("archive").get("tokens").asLong();
        assertTrue(tokens > 60 * 20, "tokens: " + tokens);
        assertTrue(report.get("archive").get("source").asText().endsWith("samples"));
        assertEquals(2, report.get("cores").asInt());
        List<String> stages = new ArrayList<>();
        for (JsonNode s : report.get("stages")) {
            stages.add(s.get("stage").asText());
            assertTrue(s.get("seconds").asDouble() > 0, s.toString());
            assertEquals(s.get("tokens_per_s").asDouble() / 2, s.get("tokens_per_s_per_core").asDouble(), 1.0, s.toString());
            assertTrue(s.has("ratio_to_scan_floor"), s.toString());
        }
        assertEquals(List.of("floor", "read", "base", "pos", "dependency", "ner", "quotes", "entities", "annotate", "run", "write"), stages);
        String table = Files.readString(work.resolve("benchmark.txt"));
        assertTrue(table.contains("tokens/s/core") && table.contains("scan floor"), table);
        // The run stage wrote real tables from the synthetic archive.
        assertTrue(Files.isDirectory(work.resolve("run-out").resolve("quotes")));
    }

    @Test
    void theDailyStageRunsEachDropIntoOneRootAndReportsItsTime(@TempDir Path tmp) throws Exception {
        SampleRun.output();
        Path work = tmp.resolve("bench");
        int exit = QuarryCli.execute("benchmark", "--stages", "daily", "--days", "3", "--day-articles", "4", "--seed", "7",
                "--corpora", tmp.resolve("no-corpora").toString(), "--work", work.toString(),
                "--set", "spark.master=local[2]", "--set", "annotate.partitions=2");
        assertEquals(ExitCode.OK, exit);
        JsonNode report = new ObjectMapper().readTree(Files.readString(work.resolve("benchmark.json")));
        assertEquals(0, report.get("stages").size(), "only the daily stage was asked for");
        JsonNode days = report.get("daily");
        assertEquals(3, days.size());
        for (int d = 0; d < 3; d++) {
            assertEquals(d + 1, days.get(d).get("day").asInt());
            assertTrue(days.get(d).get("seconds").asDouble() > 0);
            assertTrue(days.get(d).get("stages").has("write"), days.get(d).toString());
        }
        // Each drop is one day's file, read once: the root holds every drop's articles, in one run each.
        org.apache.spark.sql.SparkSession spark = org.apache.spark.sql.SparkSession.active();
        String root = work.resolve("daily").resolve("out").toString();
        assertEquals(12, spark.read().format("delta").load(root + "/articles").count());
        assertEquals(3, spark.read().format("delta").load(root + "/runs").count());
        assertEquals(List.of("2024-01-01", "2024-01-02", "2024-01-03"), spark.read().format("delta").load(root + "/articles")
                .selectExpr("cast(to_date(published_at) as string) as d").distinct().orderBy("d").collectAsList().stream()
                .map(r -> r.getString(0)).toList(), "drop N is dated day N");
        String table = Files.readString(work.resolve("benchmark.txt"));
        assertTrue(table.contains("daily: the last drop's cost over the second's: run "), table);
    }
}
