package dev.quarry.archive;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exact duplicates are kept once, deterministically, and listed in rejects; nothing is lost (ingest.on-changed-article = keep). */
class IngestDuplicatesTest {

    @Test
    void sameIdUrlOrTextKeepsTheFirstCopyByFileAndLine() throws Exception {
        Path dir = Files.createTempDirectory("quarry-dups");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), String.join("\n",
                "{\"id\":\"one\",\"url\":\"https://n.example/1\",\"maintext\":\"First story about the harbour.\"}",
                "{\"id\":\"one\",\"url\":\"https://n.example/other\",\"maintext\":\"Same id, different story.\"}",
                "{\"id\":\"two\",\"url\":\"https://n.example/1\",\"maintext\":\"Same URL as the first.\"}",
                "{\"id\":\"three\",\"maintext\":\"First story about the harbour.\"}",
                "{\"id\":\"four\",\"maintext\":\"A story of its own.\"}") + "\n");
        // The same story again in a later file: the copy in a.jsonl wins.
        Files.writeString(in.resolve("b.jsonl"), "{\"id\":\"five\",\"maintext\":\"A story of its own.\"}\n");
        Path out = dir.resolve("out");
        // keep: a second text under one id is a duplicate, not a correction (replace, the default, would
        // keep the newest text of "one"; IncrementalRunTest covers that).
        int exit = QuarryCli.execute("ingest", "--input", in.toString(), "--output", out.toString(), "--set", "spark.master=local[2]",
                "--set", "ingest.on-changed-article=keep");
        assertEquals(ExitCode.OK, exit);
        String articles = dev.quarry.tables.DeltaLogFiles.scan(out.resolve("articles"));
        String rejects = dev.quarry.tables.DeltaLogFiles.scan(out.resolve("rejects"));
        assertEquals(Set.of("one", "four"), EndToEndTest.duckdbStrings("select article_id from " + articles));
        assertEquals(Set.of("duplicate_article_id:2", "duplicate_url:3", "duplicate_text:4", "duplicate_text:1"),
                EndToEndTest.duckdbStrings("select reason || ':' || record_number from " + rejects));
        assertEquals(Set.of("b.jsonl"), EndToEndTest.duckdbStrings(
                "select regexp_extract(source_file, '[^/]+$') from " + rejects + " where record_number = 1"));
    }
}
