package dev.quarry.ingest;

import dev.quarry.config.PublicationDates;
import dev.quarry.config.ConfigLoader;
import dev.quarry.config.QuarryConfig;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadersTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final QuarryConfig config = ConfigLoader.load(null, null, List.of());

    private static List<ReadResult> readAll(ArticleReader reader, String file, byte[] bytes) {
        List<ReadResult> out = new ArrayList<>();
        reader.read(file, new ByteArrayInputStream(bytes)).forEachRemaining(out::add);
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private JsonLinesArticleReader jsonReader() {
        return new JsonLinesArticleReader(config.ingest().jsonFields(), config.ingest().maxArticleChars(), NOW);
    }

    @Test
    void textFileKeepsTextVerbatimAndNamesArticleAfterFile() {
        String text = "  Headline\r\n\r\nFirst paragraph.\n\n\u201CQuote,\u201D she said.\n";
        List<ReadResult> r = readAll(new TextArticleReader(1000), "/data/in/story-42.txt", utf8(text));
        assertEquals(1, r.size());
        Article a = r.get(0).article();
        assertEquals("story-42", a.articleId());
        assertEquals(text, a.text());
        assertEquals("/data/in/story-42.txt", a.sourceFile());
    }

    @Test
    void textFileRejectsInvalidUtf8EmptyAndTooLarge() {
        byte[] bad = {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, 'x'};
        assertEquals(RejectReason.INVALID_UTF8, readAll(new TextArticleReader(1000), "a.txt", bad).get(0).reject().reason());
        assertEquals(RejectReason.NO_TEXT, readAll(new TextArticleReader(1000), "b.txt", utf8(" \n\n ")).get(0).reject().reason());
        assertEquals(RejectReason.TOO_LARGE, readAll(new TextArticleReader(100), "c.txt", utf8("x".repeat(500))).get(0).reject().reason());
    }

    @Test
    void jsonLinesReadsNewsPleaseFields() {
        String line = "{\"url\":\"https://www.example.org/a/1\",\"title\":\"T\",\"maintext\":\"Body text.\","
                + "\"date_publish\":\"2016-03-01 12:30:00\",\"authors\":[\"A One\",\"B Two\"],\"language\":\"EN\"}";
        Article a = readAll(jsonReader(), "f.jsonl", utf8(line + "\n")).get(0).article();
        assertEquals("Body text.", a.text());
        assertEquals("T", a.title());
        assertEquals("example.org", a.source());
        assertEquals(List.of("A One", "B Two"), a.authors());
        assertEquals(Instant.parse("2016-03-01T12:30:00Z"), a.publishedAt());
        assertEquals("en", a.language());
        assertEquals(1, a.recordNumber());
        assertTrue(a.articleId().startsWith("u"), "id from the URL hash when no id field: " + a.articleId());
        Article again = readAll(jsonReader(), "other-name.jsonl", utf8(line)).get(0).article();
        assertEquals(a.articleId(), again.articleId());
    }

    @Test
    void jsonLinesFallsBackToTextFieldAndUndated() {
        Article a = readAll(jsonReader(), "f.jsonl", utf8("{\"id\":\"x1\",\"text\":\"Only text.\"}")).get(0).article();
        assertEquals("x1", a.articleId());
        assertEquals("Only text.", a.text());
        assertNull(a.publishedAt());
    }

    @Test
    void jsonLinesBadRecordsBecomeRejectsWithLineNumbersAndTheRestIsRead() {
        String input = String.join("\n",
                "{\"id\":\"ok1\",\"maintext\":\"Fine.\"}",
                "{\"id\":\"broken\", \"maintext\": \"cut",
                "",
                "[1,2,3]",
                "{\"id\":\"empty\",\"maintext\":\"  \"}",
                "{\"id\":\"d1\",\"maintext\":\"x\",\"date_publish\":\"next Tuesday-ish\"}",
                "{\"id\":\"d2\",\"maintext\":\"x\",\"date_publish\":\"1066-10-14\"}",
                "{\"id\":\"ok2\",\"maintext\":\"Also fine.\"}");
        List<ReadResult> r = readAll(jsonReader(), "f.jsonl", utf8(input));
        assertEquals(7, r.size(), "the blank line is skipped, nothing else");
        assertEquals("ok1", r.get(0).article().articleId());
        assertReject(r.get(1), RejectReason.INVALID_JSON, 2);
        assertTrue(r.get(1).reject().excerpt().startsWith("{\"id\":\"broken\""));
        assertReject(r.get(2), RejectReason.NOT_AN_OBJECT, 4);
        assertReject(r.get(3), RejectReason.NO_TEXT, 5);
        assertKeptUndated(r.get(4), RejectReason.UNPARSEABLE_DATE, "d1");
        assertKeptUndated(r.get(5), RejectReason.IMPLAUSIBLE_DATE, "d2");
        assertEquals("ok2", r.get(6).article().articleId());
        assertEquals(8, r.get(6).article().recordNumber());
    }

    @Test
    void jsonLinesInvalidUtf8LineIsRejectedAlone() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(utf8("{\"id\":\"a\",\"maintext\":\"one\"}\n"));
        b.write(new byte[] {'{', '"', 'i', '"', ':', (byte) 0xFF, '}', '\n'});
        b.write(utf8("{\"id\":\"b\",\"maintext\":\"two\"}\n"));
        List<ReadResult> r = readAll(jsonReader(), "f.jsonl", b.toByteArray());
        assertEquals(3, r.size());
        assertReject(r.get(1), RejectReason.INVALID_UTF8, 2);
        assertEquals("b", r.get(2).article().articleId());
    }

    @Test
    void jsonLinesOverlongLineIsRejectedWithoutReadingItWhole() {
        JsonLinesArticleReader small = new JsonLinesArticleReader(config.ingest().jsonFields(), 10, NOW);
        String huge = "{\"maintext\":\"" + "y".repeat(200_000) + "\"}";
        List<ReadResult> r = readAll(small, "f.jsonl", utf8(huge + "\n{\"id\":\"n\",\"maintext\":\"short\"}\n"));
        assertReject(r.get(0), RejectReason.TOO_LARGE, 1);
        assertEquals("n", r.get(1).article().articleId());
    }

    @Test
    void jsonMappingReachesNestedFields() {
        QuarryConfig custom = ConfigLoader.load(null, null, List.of(
                "ingest.json.fields.text=[body.content]", "ingest.json.fields.published_at=meta.when"));
        JsonLinesArticleReader reader = new JsonLinesArticleReader(custom.ingest().jsonFields(), 1000, NOW);
        Article a = readAll(reader, "f.jsonl", utf8("{\"body\":{\"content\":\"Nested.\"},\"meta\":{\"when\":\"2020-02-02\"}}")).get(0).article();
        assertEquals("Nested.", a.text());
        assertEquals(Instant.parse("2020-02-02T00:00:00Z"), a.publishedAt());
    }

    @Test
    void csvWithHeaderAndMultilineCells() {
        String csv = "id,title,text,date,authors,url\n"
                + "c1,First,\"Line one.\n\nLine two, with comma.\",2018-07-04,Ann Lee;Bo Ek,https://news.example/x\n"
                + "c2,Second,,2018-07-05,,\n"
                + "c3,Third,Body three.,not a date,,\n";
        CsvArticleReader reader = new CsvArticleReader(config.ingest().csvColumns(), ',', ";", 1000, NOW);
        List<ReadResult> r = readAll(reader, "f.csv", utf8(csv));
        assertEquals(3, r.size());
        Article a = r.get(0).article();
        assertEquals("c1", a.articleId());
        assertEquals("Line one.\n\nLine two, with comma.", a.text());
        assertEquals(List.of("Ann Lee", "Bo Ek"), a.authors());
        assertEquals("news.example", a.source());
        assertReject(r.get(1), RejectReason.NO_TEXT, 2);
        assertKeptUndated(r.get(2), RejectReason.UNPARSEABLE_DATE, "c3");
    }

    @Test
    void anArchivesOwnDateStyleIsReadFromIngestDateFormats() {
        QuarryConfig custom = ConfigLoader.load(null, null, List.of(
                "ingest.date-formats=[\"dd.MM.yyyy HH:mm\", \"EEEE d MMMM yyyy\", \"yyyy/MM/dd HH:mm XXX\"]"));
        JsonLinesArticleReader reader = new JsonLinesArticleReader(custom.ingest().jsonFields(), 1000, NOW, custom.ingest().dates());
        List<ReadResult> r = readAll(reader, "f.jsonl", utf8(String.join("\n",
                "{\"id\":\"a\",\"maintext\":\"x\",\"date_publish\":\"05.03.2024 14:30\"}",
                "{\"id\":\"b\",\"maintext\":\"x\",\"date_publish\":\"tuesday 5 march 2024\"}",
                "{\"id\":\"c\",\"maintext\":\"x\",\"date_publish\":\"2024/03/05 23:00 +02:00\"}",
                "{\"id\":\"d\",\"maintext\":\"x\",\"date_publish\":\"2024-03-05\"}")));
        assertEquals(Instant.parse("2024-03-05T14:30:00Z"), r.get(0).article().publishedAt());
        assertEquals(Instant.parse("2024-03-05T00:00:00Z"), r.get(1).article().publishedAt());
        assertEquals(Instant.parse("2024-03-05T21:00:00Z"), r.get(2).article().publishedAt());
        assertEquals(Instant.parse("2024-03-05T00:00:00Z"), r.get(3).article().publishedAt(), "the built-in formats still apply");
        assertNull(r.get(0).note());
    }

    @Test
    void aBadDatePatternIsAConfigurationError() {
        dev.quarry.config.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(dev.quarry.config.ConfigException.class,
                () -> ConfigLoader.load(null, null, List.of("ingest.date-formats=[\"yyyy-MM-dd bbb\"]")));
        assertTrue(e.getMessage().contains("ingest.date-formats") && e.getMessage().contains("yyyy-MM-dd bbb"), e.getMessage());
    }

    @Test
    void csvColumnMappingAndDelimiterAreConfigurable() {
        QuarryConfig custom = ConfigLoader.load(null, null, List.of(
                "ingest.csv.delimiter=;", "ingest.csv.columns.text=story", "ingest.csv.columns.id=[uid]"));
        CsvArticleReader reader = new CsvArticleReader(custom.ingest().csvColumns(), custom.ingest().csvDelimiter(), "|", 1000, NOW);
        Article a = readAll(reader, "f.csv", utf8("uid;story\nk9;Semicolons, commas.\n")).get(0).article();
        assertEquals("k9", a.articleId());
        assertEquals("Semicolons, commas.", a.text());
    }

    @Test
    void csvBrokenQuotingKeepsEarlierRecordsAndRejectsTheRest() {
        String csv = "id,text\nok,Fine.\nbad,\"never closed\n";
        CsvArticleReader reader = new CsvArticleReader(config.ingest().csvColumns(), ',', ";", 1000, NOW);
        List<ReadResult> r = readAll(reader, "f.csv", utf8(csv));
        assertEquals("ok", r.get(0).article().articleId());
        assertEquals(RejectReason.MALFORMED_CSV, r.get(r.size() - 1).reject().reason());
    }

    @Test
    void truncatedGzipIsReportedNotThrown() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 200; i++) {
                out.write(utf8("{\"id\":\"g" + i + "\",\"maintext\":\"Some text number " + i + " " + "z".repeat(i) + "\"}\n"));
            }
        }
        byte[] whole = gz.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        List<ReadResult> r = new ArrayList<>();
        try {
            jsonReader().read("f.jsonl.gz", new java.util.zip.GZIPInputStream(new ByteArrayInputStream(cut))).forEachRemaining(r::add);
        } catch (IOException e) {
            throw new AssertionError("opening should work", e);
        }
        assertTrue(r.size() > 1);
        ReadResult last = r.get(r.size() - 1);
        assertEquals(RejectReason.UNREADABLE_FILE, last.reject().reason());
        assertTrue(r.get(0).isArticle());
    }

    @Test
    void datesInCommonArchiveFormats() throws Exception {
        assertEquals(Instant.parse("2016-03-01T00:00:00Z"), PublicationDates.parse("2016-03-01", NOW));
        assertEquals(Instant.parse("2016-03-01T11:00:00Z"), PublicationDates.parse("2016-03-01T12:00:00+01:00", NOW));
        assertEquals(Instant.parse("2016-03-01T12:00:00Z"), PublicationDates.parse("2016-03-01T12:00:00Z", NOW));
        assertEquals(Instant.parse("2008-06-03T11:05:30Z"), PublicationDates.parse("Tue, 3 Jun 2008 11:05:30 GMT", NOW));
        assertEquals(Instant.parse("2016-03-01T00:00:00Z"), PublicationDates.parse("March 1, 2016", NOW));
        assertEquals(Instant.parse("1987-02-26T15:01:01.790Z"), PublicationDates.parse("26-FEB-1987 15:01:01.79", NOW));
        assertNull(PublicationDates.parse("  ", NOW));
    }

    private static void assertKeptUndated(ReadResult r, RejectReason reason, String id) {
        assertTrue(r.isArticle(), "a bad date keeps the article: " + r);
        assertEquals(id, r.article().articleId());
        assertNull(r.article().publishedAt());
        assertEquals(reason, r.note().reason(), r.note().message());
        assertTrue(r.note().message().endsWith("kept undated"), r.note().message());
    }

    private static void assertReject(ReadResult r, RejectReason reason, long line) {
        assertTrue(!r.isArticle(), "expected a reject, got " + r.article());
        assertEquals(reason, r.reject().reason(), r.reject().message());
        assertEquals(line, r.reject().recordNumber());
    }
}
