package dev.quarry.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article longer than annotate.max-piece-chars goes through Spark NLP in pieces: its quotes come
 * out as from one piece, with offsets into the whole text and sentences numbered across pieces.
 */
class LongArticleTest {

    private static final String[] NAMES = {"Ellen Varga", "Tomas Lind", "Maria Okafor", "Peter Hale", "Ana Ruiz"};

    @Test
    void aLongArticleIsAnnotatedInPiecesWithWholeArticleOffsets() throws Exception {
        Path dir = Files.createTempDirectory("quarry-long");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String who = NAMES[i % NAMES.length];
            text.append("The council met for the ").append(i + 1).append("th time on the harbour plan.\n\n");
            text.append("\u201CWe will finish stage ").append(i + 1).append(" before the winter storms,\u201D ")
                    .append(who).append(" said on Monday.\n\n");
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode record = json.createObjectNode();
        record.put("id", "long1");
        record.put("maintext", text.toString());
        record.put("date_publish", "2024-03-01 10:00:00");
        Path in = dir.resolve("long.jsonl");
        Files.writeString(in, json.writeValueAsString(record) + "\n");

        List<String> common = List.of("--input", in.toString(), "--set", "spark.master=local[2]",
                "--set", "models.enabled=false", "--set", "annotate.max-sentence-chars=500", "--no-report");
        Path whole = dir.resolve("whole");
        Path pieces = dir.resolve("pieces");
        assertEquals(ExitCode.OK, QuarryCli.execute(args(common, "--output", whole.toString())));
        assertEquals(ExitCode.OK, QuarryCli.execute(args(common, "--output", pieces.toString(),
                "--set", "annotate.max-piece-chars=1000")));
        assertTrue(text.length() > 5 * 1000, "the article needs several pieces");

        java.util.function.Function<Path, String> q = root -> dev.quarry.tables.DeltaLogFiles.scan(root.resolve("quotes"));
        java.util.function.Function<Path, String> a = root -> dev.quarry.tables.DeltaLogFiles.scan(root.resolve("articles"));
        // The span holds the text with its quotation marks and the comma inside them.
        String rows = "select substr(a.text, q.start + 1, q.\"end\" - q.start) = '\u201C' || q.text || ',\u201D' as exact, q.start, q.\"end\", q.speaker,"
                + " q.sentence_index, q.quote_id from %s q join %s a using (article_id)";
        Set<String> fromWhole = EndToEndTest.duckdbStrings("select start || '-' || \"end\" || ' ' || speaker || ' s' || sentence_index from "
                + q.apply(whole));
        Set<String> fromPieces = EndToEndTest.duckdbStrings("select start || '-' || \"end\" || ' ' || speaker || ' s' || sentence_index from "
                + q.apply(pieces));
        assertEquals(40, fromWhole.size());
        assertEquals(fromWhole, fromPieces, "same quotes, offsets, speakers and sentence numbers either way");
        assertEquals(Set.of("true"), EndToEndTest.duckdbStrings("select distinct cast(exact as varchar) from ("
                + String.format(rows, q.apply(pieces), a.apply(pieces)) + ")"));
        assertEquals(Set.of("40"), EndToEndTest.duckdbStrings("select cast(count(distinct quote_id) as varchar) from " + q.apply(pieces)));
    }

    private static String[] args(List<String> common, String... more) {
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(common);
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }
}
