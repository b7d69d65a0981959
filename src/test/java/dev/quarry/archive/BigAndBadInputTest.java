package dev.quarry.archive;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A JSON Lines file read in splits, and files of junk, through a whole ingest. */
class BigAndBadInputTest {

    @Test
    void aJsonLinesFileOverTheSplitSizeIsReadInSplitsWithEveryLineOnce() throws Exception {
        Path dir = Files.createTempDirectory("quarry-split");
        StringBuilder jsonl = new StringBuilder();
        long badOffset = -1;
        for (int i = 0; i < 300; i++) {
            if (i == 150) {
                badOffset = jsonl.toString().getBytes(StandardCharsets.UTF_8).length;
                jsonl.append("{\"id\": \"broken\n");
                continue;
            }
            jsonl.append("{\"id\":\"s").append(i).append("\",\"maintext\":\"Story number ").append(i)
                    .append(" about the harbour and its ferries.\"}\n");
        }
        Path file = dir.resolve("big.jsonl");
        Files.writeString(file, jsonl);
        assertTrue(Files.size(file) > 8 * 1024, "the fixture must span several 1 KiB splits");
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, QuarryCli.execute("ingest", "--input", file.toString(), "--output", out.toString(),
                "--set", "spark.master=local[2]", "--set", "ingest.jsonl-split-bytes=1024"));
        String articles = dev.quarry.tables.DeltaLogFiles.scan(out.resolve("articles"));
        assertEquals(Set.of("299|299"), EndToEndTest.duckdbStrings("select count(*) || '|' || count(distinct article_id) from " + articles));
        assertEquals(Set.of("invalid_json:" + badOffset), EndToEndTest.duckdbStrings(
                "select reason || ':' || record_number from " + dev.quarry.tables.DeltaLogFiles.scan(out.resolve("rejects"))));
        // The first line starts at byte 0: record numbers are byte offsets in a split file.
        assertEquals(Set.of("0"), EndToEndTest.duckdbStrings("select record_number from " + articles + " where article_id = 's0'"));
    }

    @Test
    void binaryJunkAndEmptyFilesAreRejectedAndTheRunGoesOn() throws Exception {
        Path dir = Files.createTempDirectory("quarry-junk");
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Files.write(in.resolve("junk.jsonl"), junk);
        Files.write(in.resolve("junk.warc"), junk);
        Files.write(in.resolve("junk.sgm"), junk);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("good.jsonl"), "{\"id\":\"fine\",\"maintext\":\"The one good record in the folder.\"}\n");
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, QuarryCli.execute("ingest", "--input", in.toString(), "--format", "auto", "--output", out.toString(),
                "--set", "spark.master=local[2]"));
        assertEquals(Set.of("fine"), EndToEndTest.duckdbStrings("select article_id from "
                + dev.quarry.tables.DeltaLogFiles.scan(out.resolve("articles"))));
        Set<String> reasons = EndToEndTest.duckdbStrings("select distinct regexp_extract(source_file, '[^/]+$') || ':' || reason from "
                + dev.quarry.tables.DeltaLogFiles.scan(out.resolve("rejects")));
        assertTrue(reasons.contains("junk.warc:malformed_warc"), reasons.toString());
        assertTrue(reasons.contains("empty.txt:no_text"), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("junk.jsonl:")), reasons.toString());
        assertTrue(reasons.contains("junk.sgm:unreadable_file"), reasons.toString());
    }
}
