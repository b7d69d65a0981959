package dev.quarry.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The hand-written expected quotes of the sample archive, and a comparison that lists every difference. */
public final class SampleOracle {

    public static final Path ARCHIVE = Path.of("samples", "articles.jsonl");
    public static final Path EXPECTED = Path.of("samples", "expected-quotes.tsv");

    /** One quote, expected or found; null fields are "none". */
    public record Row(String articleId, String type, String cue, String speakerMention, String speaker, String text) {
        @Override
        public String toString() {
            return articleId + " [" + type + "] cue=" + cue + " mention=" + speakerMention + " speaker=" + speaker + " :: " + text;
        }
    }

    private SampleOracle() {
    }

    public static List<Row> expected() {
        List<Row> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(EXPECTED)) {
                if (line.startsWith("#") || line.startsWith("article_id\t") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                rows.add(new Row(c[0], c[1], none(c[2]), none(c[3]), none(c[4]), c[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String none(String s) {
        return s.equals("-") ? null : s;
    }

    /**
     * Differences between the quotes expected and those found: missing or different ones, and
     * quotes found that nobody expected. Empty means they agree.
     */
    public static List<String> differences(List<Row> found) {
        return differences(found, false);
    }

    /** As {@link #differences(List)}; {@code quotedOnly} leaves the indirect rows out on both sides. */
    public static List<String> differences(List<Row> found, boolean quotedOnly) {
        List<String> problems = new ArrayList<>();
        List<Row> unmatched = new ArrayList<>(found);
        if (quotedOnly) {
            unmatched.removeIf(r -> "indirect".equals(r.type()));
        }
        for (Row e : expected()) {
            if (quotedOnly && "indirect".equals(e.type())) {
                continue;
            }
            Row match = null;
            for (Row f : unmatched) {
                if (f.articleId().equals(e.articleId()) && f.text().equals(e.text())) {
                    match = f;
                    break;
                }
            }
            if (match == null) {
                problems.add("missing: " + e);
                continue;
            }
            unmatched.remove(match);
            if (!match.equals(e)) {
                problems.add("expected " + e + "\n     found " + match);
            }
        }
        for (Row f : unmatched) {
            problems.add("unexpected: " + f);
        }
        return problems;
    }
}
