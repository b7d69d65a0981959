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

    /** entity_mentions_monthly but run_id, which says which run last changed a row. */
    private static Set<String> entityMentions(Path out) throws Exception {
        return q("select concat_ws('|', entity_key, type, year, month, name, mentions, articles, articles_quoted, cast(names as varchar)) from "
                + table(out, "entity_mentions_monthly"));
    }

    /** The tables derived from quotes, and each quote's links, but run_id; as a rebuild must give them too. */
    private static java.util.Map<String, Set<String>> derived(Path out) throws Exception {
        java.util.Map<String, Set<String>> rows = new java.util.LinkedHashMap<>();
        for (String t : java.util.List.of("quotations", "speakers", "speakers_monthly")) {
            rows.put(t, q("select cast(x as varchar) from (select * exclude (run_id) from " + table(out, t) + ") x"));
        }
        rows.put("quotes", q("select quote_id || '|' || coalesce(speaker_id, '-') || '|' || coalesce(quotation_id, '-') from " + table(out, "quotes")));
        return rows;
    }

    /** The operations of the table's Delta commits, oldest first. */
    private static java.util.List<String> operations(Path out, String table) throws Exception {
        java.util.List<String> ops = new java.util.ArrayList<>();
        try (var logs = Files.list(out.resolve(table).resolve("_delta_log"))) {
            for (Path f : logs.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"operation\":\"([A-Z ]+)\"").matcher(Files.readString(f));
                if (m.find()) {
                    ops.add(m.group(1));
                }
            }
        }
        return ops;
    }

    @Test
    void onlyNewFilesAreReadAndRerunsAreIdempotent() throws Exception {
        Path dir = Files.createTempDirectory("quarry-incremental");
        Path in = Files.createDirectories(dir.resolve("drop"));
        Path out = dir.resolve("out");
        Files.writeString(in.resolve("day1.jsonl"), String.join("\n",
                "{\"id\":\"d1a\",\"date_publish\":\"2024-05-01\",\"maintext\":\"\\\"The harbour is open again,\\\" Mayor Ellen Varga said.\"}",
                "{\"id\":\"d1b\",\"date_publish\":\"2024-05-01\",\"maintext\":\"\\\"Ferries run from Monday to Friday all summer,\\\" harbour master Tomas Lind said.\"}") + "\n");
        assertEquals(ExitCode.OK, run(in, out));
        assertEquals(Set.of("2"), q("select count(*) from " + table(out, "articles")));
        assertEquals(Set.of("1|64"), q("select count(*) || '|' || length(max(sha256)) from " + table(out, "manifest")));
        Set<String> firstQuotes = q("select quote_id from " + table(out, "quotes"));
        assertEquals(2, firstQuotes.size());

        // Day 2 brings two new stories, one quoting a longer form of a day-1 quote, and one that repeats a
        // day-1 story word for word.
        Files.writeString(in.resolve("day2.jsonl"), String.join("\n",
                "{\"id\":\"d2a\",\"date_publish\":\"2024-05-02\",\"maintext\":\"\\\"We sold out the first boat,\\\" Lind said.\"}",
                "{\"id\":\"d2c\",\"date_publish\":\"2024-05-02\",\"maintext\":\"\\\"Ferries run from Monday to Friday all summer, and on Sundays too,\\\" Tomas Lind said.\"}",
                "{\"id\":\"d2b\",\"date_publish\":\"2024-05-02\",\"maintext\":\"\\\"The harbour is open again,\\\" Mayor Ellen Varga said.\"}") + "\n");
        assertEquals(ExitCode.OK, run(in, out));
        assertEquals(Set.of("d1a", "d1b", "d2a", "d2c"), q("select article_id from " + table(out, "articles")));
        assertEquals(Set.of("duplicate_text:d2b"), q("select reason || ':' || article_id from " + table(out, "rejects")));
        assertEquals(Set.of("2"), q("select count(*) from " + table(out, "manifest")));
        Set<String> secondQuotes = q("select quote_id from " + table(out, "quotes"));
        assertEquals(4, secondQuotes.size());
        assertEquals(Set.of("2"), q("select num_occurrences from " + table(out, "quotations") + " where text like 'ferries run%'"),
                "day 1's quote joins the longer form's quotation");
        assertEquals(true, secondQuotes.containsAll(firstQuotes));

        // Nothing new: the tables stay as they are.
        assertEquals(ExitCode.OK, run(in, out));
        assertEquals(Set.of("4"), q("select count(*) from " + table(out, "articles")));
        assertEquals(secondQuotes, q("select quote_id from " + table(out, "quotes")));
        assertEquals(Set.of("true|1|0|2", "false|1|1|3", "false|0|2|0"),
                q("select full_run || '|' || files_read || '|' || files_already_ingested || '|' || records_read from " + table(out, "runs")));

        // --full rebuilds from all input and comes to the same rows.
        Set<String> mentions = entityMentions(out);
        assertEquals(true, mentions.stream().anyMatch(r -> r.contains("Tomas Lind")), mentions.toString());
        java.util.Map<String, Set<String>> byKey = derived(out);
        for (String t : java.util.List.of("quotations", "speakers", "speakers_monthly")) {
            assertEquals(true, operations(out, t).contains("MERGE"), t + " was updated by key, not rewritten: " + operations(out, t));
        }
        assertEquals(ExitCode.OK, run(in, out, "--full"));
        assertEquals(Set.of("d1a", "d1b", "d2a", "d2c"), q("select article_id from " + table(out, "articles")));
        assertEquals(secondQuotes, q("select quote_id from " + table(out, "quotes")));
        assertEquals(mentions, entityMentions(out), "entity_mentions_monthly updated by key equals its rebuild");
        assertEquals(byKey, derived(out), "quotations, speakers and speakers_monthly updated by key equal their rebuild");
        assertEquals(Set.of("4"), q("select count(*) from " + table(out, "runs")));
    }

    @Test
    void aCorrectedArticleReplacesTheOldOneWithItsQuotesAndEntities() throws Exception {
        Path dir = Files.createTempDirectory("quarry-corrections");
        Path in = Files.createDirectories(dir.resolve("drop"));
        Path out = dir.resolve("out");
        Path kept = dir.resolve("kept");
        Files.writeString(in.resolve("day1.jsonl"), String.join("\n",
                "{\"id\":\"c1\",\"date_publish\":\"2024-05-01\",\"maintext\":\"\\\"The dam will hold,\\\" engineer Marta Ruiz said. \\\"We checked it twice,\\\" she added.\"}",
                "{\"id\":\"c2\",\"date_publish\":\"2024-05-01\",\"maintext\":\"\\\"Ferries run from Monday,\\\" harbour master Tomas Lind said.\"}") + "\n");
        assertEquals(ExitCode.OK, run(in, out));
        assertEquals(ExitCode.OK, run(in, kept, "--set", "ingest.on-changed-article=keep"));
        Set<String> firstQuotes = q("select article_id || ':' || text from " + table(out, "quotes"));
        assertEquals(true, firstQuotes.stream().anyMatch(t -> t.startsWith("c1:") && t.contains("We checked it twice")), firstQuotes.toString());

        // The next day's drop corrects c1: one quote is gone, one is new, and the speaker has another name.
        Files.writeString(in.resolve("day2.jsonl"),
                "{\"id\":\"c1\",\"date_publish\":\"2024-05-01\",\"maintext\":\"\\\"The dam will hold,\\\" engineer Lena Ortiz said. \\\"Nobody needs to leave,\\\" she added.\"}\n");
        Path summary = dir.resolve("summary.json");
        assertEquals(ExitCode.OK, run(in, out, "--summary-json", summary.toString()));
        assertEquals(1, new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary.toFile()).get("ingest").get("articles_updated").asInt());
        assertEquals(Set.of("c1|1", "c2|1"), q("select article_id || '|' || count(*) from " + table(out, "articles") + " group by article_id"));
        assertEquals(true, q("select text from " + table(out, "articles") + " where article_id = 'c1'").iterator().next().contains("Nobody"));
        Set<String> quotes = q("select article_id || ':' || text from " + table(out, "quotes"));
        assertEquals(false, quotes.stream().anyMatch(t -> t.contains("We checked it twice")), "the old version's quote is gone: " + quotes);
        assertEquals(true, quotes.stream().anyMatch(t -> t.startsWith("c1:") && t.contains("Nobody needs to leave")), quotes.toString());
        assertEquals(firstQuotes.stream().filter(t -> t.startsWith("c2:")).toList(), quotes.stream().filter(t -> t.startsWith("c2:")).toList());
        assertEquals(Set.of(), q("select mention_id from " + table(out, "entities") + " where article_id = 'c1' and text = 'Marta Ruiz'"));
        assertEquals(0, org.apache.spark.sql.SparkSession.active().read().format("delta").load(out.resolve("rejects").toString()).count(),
                "a correction is not a duplicate");
        // The analysis tables count the new version only.
        assertEquals(Set.of(String.valueOf(quotes.size())), q("select sum(num_occurrences) from " + table(out, "quotations")));
        assertEquals(Set.of(), q("select speaker from " + table(out, "speakers") + " where speaker = 'Marta Ruiz'"));
        // --full, reading both versions from the drop folder, comes to the same rows: the newest text wins.
        Set<String> linked = q("select quote_id || '|' || coalesce(speaker, '-') from " + table(out, "quotes"));
        Set<String> mentions = entityMentions(out);
        assertEquals(false, mentions.stream().anyMatch(r -> r.contains("Marta Ruiz")), "the old version's entities are no longer counted: " + mentions);
        assertEquals(ExitCode.OK, run(in, out, "--full"));
        assertEquals(linked, q("select quote_id || '|' || coalesce(speaker, '-') from " + table(out, "quotes")));
        assertEquals(mentions, entityMentions(out), "entity_mentions_monthly updated by key equals its rebuild");

        // ingest alone (no annotate) takes the corrected article's old quotes and entities away with its old text.
        Path ingested = dir.resolve("ingested");
        Path firstDrop = Files.createDirectories(dir.resolve("first-drop"));
        Files.copy(in.resolve("day1.jsonl"), firstDrop.resolve("day1.jsonl"));
        assertEquals(ExitCode.OK, run(firstDrop, ingested));
        Files.copy(in.resolve("day2.jsonl"), firstDrop.resolve("day2.jsonl"));
        assertEquals(ExitCode.OK, QuarryCli.execute("ingest", "--input", firstDrop.toString(), "--output", ingested.toString(),
                "--set", "spark.master=local[2]"));
        assertEquals(true, q("select text from " + table(ingested, "articles") + " where article_id = 'c1'").iterator().next().contains("Nobody"));
        assertEquals(Set.of(), q("select quote_id from " + table(ingested, "quotes") + " where article_id = 'c1'"));
        assertEquals(Set.of(), q("select mention_id from " + table(ingested, "entities") + " where article_id = 'c1'"));
        assertEquals(firstQuotes.stream().filter(t -> t.startsWith("c2:")).collect(java.util.stream.Collectors.toSet()),
                q("select article_id || ':' || text from " + table(ingested, "quotes")));

        // keep: the old version stays and the correction is rejected as a duplicate id.
        assertEquals(ExitCode.OK, run(in, kept, "--set", "ingest.on-changed-article=keep"));
        assertEquals(Set.of("duplicate_article_id:c1"), q("select reason || ':' || article_id from " + table(kept, "rejects")));
        assertEquals(firstQuotes, q("select article_id || ':' || text from " + table(kept, "quotes")));
    }
}
