package dev.quarry.eval;

import dev.quarry.cli.QuarryCli;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code evaluate quotes} end to end in local Spark with the shipped models, on a gold folder written
 * here: the POS tags reach the quote finder (a verb-only cue is found), and every gold attribution is
 * predicted.
 */
class EvaluateQuotesTest {

    private static final String TEXT = "Mayor Ellen Varga said the harbour would reopen in May.\n\n"
            + "The councillors wanted to sell the old ferry before the summer.\n";

    @Test
    void scoresAGoldFolderAndUsesTheTaggersVerbs() throws Exception {
        Path gold = Files.createTempDirectory("quarry-eval-quotes");
        Files.createDirectories(gold.resolve("text"));
        Files.createDirectories(gold.resolve("attributions"));
        Files.writeString(gold.resolve("text/harbour.txt"), TEXT, StandardCharsets.UTF_8);
        StringBuilder ann = new StringBuilder();
        int n = 0;
        n = attribution(ann, n, "Mayor Ellen Varga", "said", "the harbour would reopen in May");
        attribution(ann, n, "The councillors", "wanted", "to sell the old ferry before the summer");
        Files.writeString(gold.resolve("attributions/harbour_a1b2.ann"), ann, StandardCharsets.UTF_8);
        Path predictions = gold.resolve("predictions.tsv");

        // The rules alone first: the tagger would find both as well, and hide whether the rules saw the tags.
        int exit = QuarryCli.execute("evaluate", "quotes", "--gold", gold.toString(), "--predictions", predictions.toString(),
                "--set", "spark.master=local[2]", "--set", "quotes.attribution-model=false");

        assertEquals(0, exit);
        assertEquals(List.of("said | Mayor Ellen Varga | the harbour would reopen in May | opening-cue",
                // "wanted" is a cue only where the tagger calls it a verb: without the POS column it is not found.
                "wanted | The councillors | to sell the old ferry before the summer | verb-cue"), predicted(predictions));

        exit = QuarryCli.execute("evaluate", "quotes", "--gold", gold.toString(), "--predictions", predictions.toString(),
                "--set", "spark.master=local[2]");

        assertEquals(0, exit);
        assertEquals(List.of("said | Mayor Ellen Varga | the harbour would reopen in May | attribution-model",
                "wanted | The councillors | to sell the old ferry before the summer | attribution-model"), predicted(predictions),
                "with the shipped attribution tagger, which takes the reported speech it finds");
    }

    private static List<String> predicted(Path predictions) throws java.io.IOException {
        List<String> rows = Files.readAllLines(predictions, StandardCharsets.UTF_8);
        assertEquals("article_id\tstart\tend\ttype\tcue\tspeaker_mention\tspeaker\ttext\tpieces\trule", rows.get(0));
        return rows.stream().skip(1).map(r -> {
            String[] f = r.split("\t", -1);
            return f[4] + " | " + f[5] + " | " + f[7] + " | " + f[9];
        }).toList();
    }

    /** Appends one BRAT attribution (Source, Cue, Content, E line) for the first occurrence of each string. */
    private static int attribution(StringBuilder ann, int n, String source, String cue, String content) {
        int t = n * 3;
        ann.append(span(t + 1, "Source", source)).append(span(t + 2, "Cue", cue)).append(span(t + 3, "Content", content));
        ann.append("E").append(n + 1).append("\tAttribution:T").append(t + 2).append(" Content:T").append(t + 3)
                .append(" Cue:T").append(t + 2).append(" Source:T").append(t + 1).append('\n');
        return n + 1;
    }

    private static String span(int id, String type, String s) {
        int at = TEXT.indexOf(s);
        return "T" + id + "\t" + type + " " + at + " " + (at + s.length()) + "\t" + s + "\n";
    }
}
