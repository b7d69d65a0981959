package dev.quarry.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.ingest.HtmlArticleExtractor;
import dev.quarry.config.PublicationDates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Checks HTML article extraction against a folder of pages with expected results, laid out as
 * newspaper4k's test set: {@code html/NAME.html}, {@code txt/NAME.txt} (the article text) and
 * {@code metadata/NAME.json} (url, title, publish_date, language). Text similarity is the word-level
 * ratio 2·LCS/(a+b); a title counts when it equals the expected one after lower-casing and
 * dropping punctuation and spacing; a date counts when its calendar day (as written, or in UTC)
 * is the expected one.
 */
public final class ExtractionEvaluator {

    /** One page's scores; date fields are null when the page has no expected date. */
    public record PageScore(String name, String language, double similarity, boolean titleOk, Boolean dateOk,
                            String expectedDate, String extractedDate) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionEvaluator() {
    }

    public static List<PageScore> evaluate(Path corpus) throws IOException {
        Path htmlDir = corpus.resolve("html");
        if (!Files.isDirectory(htmlDir) || !Files.isDirectory(corpus.resolve("txt")) || !Files.isDirectory(corpus.resolve("metadata"))) {
            throw new java.io.FileNotFoundException("extraction corpus " + corpus + " must hold html/, txt/ and metadata/");
        }
        List<Path> pages;
        try (Stream<Path> s = Files.list(htmlDir)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        List<PageScore> scores = new ArrayList<>();
        for (Path page : pages) {
            String name = page.getFileName().toString().replaceAll("\\.html$", "");
            Path txt = corpus.resolve("txt").resolve(name + ".txt");
            Path meta = corpus.resolve("metadata").resolve(name + ".json");
            if (!Files.exists(txt) || !Files.exists(meta)) {
                continue; // not an article page with expectations (a home page, a redirect stub)
            }
            JsonNode m = JSON.readTree(meta.toFile());
            String url = m.path("url").asText(null);
            HtmlArticleExtractor.Page got = extractor.extract(Files.readAllBytes(page), null, url);
            String expectedText = Files.readString(txt);
            double similarity = similarity(expectedText, got.text() == null ? "" : got.text());
            boolean titleOk = normalise(m.path("title").asText("")).equals(normalise(got.title() == null ? "" : got.title()));
            String expectedDate = m.path("publish_date").isNull() || m.path("publish_date").isMissingNode() ? null : m.path("publish_date").asText();
            Boolean dateOk = expectedDate == null ? null : sameDay(expectedDate, got.publishedAt());
            scores.add(new PageScore(name, m.path("language").asText(null), similarity, titleOk, dateOk, expectedDate, got.publishedAt()));
        }
        return scores;
    }

    /** Word-level 2·LCS/(a+b), 1.0 for identical texts. */
    static double similarity(String expected, String got) {
        String[] a = words(expected);
        String[] b = words(got);
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (String x : a) {
            for (int j = 1; j <= b.length; j++) {
                cur[j] = x.equals(b[j - 1]) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 2.0 * prev[b.length] / (a.length + b.length);
    }

    private static String[] words(String s) {
        String t = s.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s\u2018\u2019\u201C\u201D]+", "");
    }

    static boolean sameDay(String expected, String extracted) {
        if (extracted == null) {
            return false;
        }
        if (expected.length() >= 10 && extracted.length() >= 10 && expected.substring(0, 10).equals(extracted.substring(0, 10))) {
            return true;
        }
        try {
            Instant now = Instant.now();
            Instant e = PublicationDates.parse(expected, now);
            Instant g = PublicationDates.parse(extracted, now);
            return e != null && g != null && e.atZone(ZoneOffset.UTC).toLocalDate().equals(g.atZone(ZoneOffset.UTC).toLocalDate());
        } catch (PublicationDates.BadDate ex) {
            return false;
        }
    }
}
