package dev.quarry.archive;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A drop folder that grows: each run reads only the new files, and reruns change nothing. */
class IncrementalRunTest {

    private static String table(Path out, String name) {
        return dev.quarry.tables.DeltaLogFiles.scan(out.resolve(name));
    }

    private static Set<String> q(String sql) throws Exception {
        return EndToEndTest.duckdbStrings(sql);
    }

    private static int run(Path in, Path out, String... extra) {
        String[] base = {"run", "--input", in.toString(), "--output", out.toString(), "--set", "spark.master=local[2]", "--no-report"};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return QuarryCli.execute(args);
    }

    @Test
    void onlyNewFilesAreReadAndRerunsAreIdempotent() throws Exception {
        Path dir = Files.createTempDirectory("quarry-incremental");
        Path in = Files.createDirectories(dir.resolve("drop"));
        Path out = dir.resolve("out");
        Files.writeString(in.resolve("day1.jsonl"), String.join("\n",
                "{\"id\":\"d1a\",\"date_publish\":\"2024-05-01\",\"maintext\":\"\\\"The harbour is open again,\\\" Mayor Ellen Varga said.\"}",
                "{\"id\":\"d1b\",\"date_publish\":\"2024-05-01\",\"maintext\":\"\\\"Ferries run from Monday,\\\" harbour master Tomas Lind said.\"}") + "\n");
        assertEquals(ExitCode.OK, run(in, out));
        assertEquals(Set.of("2"), q("select count(*) from " + table(out, "articles")));
        assertEquals(Set.of("1|64"), q("select count(*) || '|' || length(max(sha256)) from " + table(out, "manifest")));
        Set<String> firstQuotes = q("select quote_id from " + table(out, "quotes"));
        assertEquals(2, firstQuotes.size());

        // Day 2 brings one new story and one that repeats a day-1 story word for word.
        Files.writeString(in.resolve("day2.jsonl"), String.join("\n",
                "{\"id\":\"d2a\",\"date_publish\":\"2024-05-02\",\"maintext\":\"\\\"We sold out the first boat,\\\" Lind said.\"}",
                "{\"id\":\"d2b\",\"date_publish\":\"2024-05-02\",\"maintext\":\"\\\"The harbour is open again,\\\" Mayor Ellen Varga said.\"}") + "\n");
        assertEquals(ExitCode.OK, run(in, out));
        assertEquals(Set.of("d1a", "d1b", "d2a"), q("select article_id from " + table(out, "articles")));
        assertEquals(Set.of("duplicate_text:d2b"), q("select reason || ':' || article_id from " + table(out, "rejects")));
        assertEquals(Set.of("2"), q("select count(*) from " + table(out, "manifest")));
        Set<String> secondQuotes = q("select quote_id from " + table(out, "quotes"));
        assertEquals(3, secondQuotes.size());
        assertEquals(true, secondQuotes.containsAll(firstQuotes));

        // Nothing new: the tables stay as they are.
        assertEquals(ExitCode.OK, run(in, out));
        assertEquals(Set.of("3"), q("select count(*) from " + table(out, "articles")));
        assertEquals(secondQuotes, q("select quote_id from " + table(out, "quotes")));
        assertEquals(Set.of("true|1|0|2", "false|1|1|2", "false|0|2|0"),
                q("select full_run || '|' || files_read || '|' || files_already_ingested || '|' || records_read from " + table(out, "runs")));

        // --full rebuilds from all input and comes to the same rows.
        assertEquals(ExitCode.OK, run(in, out, "--full"));
        assertEquals(Set.of("d1a", "d1b", "d2a"), q("select article_id from " + table(out, "articles")));
        assertEquals(secondQuotes, q("select quote_id from " + table(out, "quotes")));
        assertEquals(Set.of("4"), q("select count(*) from " + table(out, "runs")));
    }
}
