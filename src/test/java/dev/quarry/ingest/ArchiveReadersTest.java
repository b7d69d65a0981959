package dev.quarry.ingest;

import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SGML newswire and WARC, on fixtures written for the test. */
class ArchiveReadersTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static List<ReadResult> readAll(ArticleReader reader, byte[] bytes) {
        List<ReadResult> out = new ArrayList<>();
        reader.read("fixture", new ByteArrayInputStream(bytes)).forEachRemaining(out::add);
        return out;
    }

    @Test
    void reutersStyleSgml() {
        String sgml = """
                <!DOCTYPE lewis SYSTEM "lewis.dtd">
                <REUTERS TOPICS="YES" NEWID="7">
                <DATE>26-FEB-1987 15:01:01.79</DATE>
                <TEXT>&#2;
                <TITLE>HARBOUR TRADE &amp; FERRIES</TITLE>
                <DATELINE>    PORT ALDER, Feb 26 - </DATELINE><BODY>Ferry traffic rose in the week,
                the harbour board said.
                    Officials said freight &lt;cargo&gt; volumes were
                steady.
                 Reuter
                &#3;</BODY></TEXT>
                </REUTERS>
                <REUTERS TOPICS="NO" NEWID="8">
                <DATE> 2-MAR-1987 09:17:54.3RM</DATE>
                <TEXT TYPE="BRIEF">&#2;
                ******<TITLE>BRIEF WITHOUT BODY</TITLE>
                &#3;
                </TEXT>
                </REUTERS>
                <REUTERS NEWID="9">
                <DATE>3-MAR-1987 10:00:00.00</DATE>
                <TEXT><BODY>An unclosed record still counts.
                """;
        List<ReadResult> r = readAll(new SgmlArticleReader(100_000, NOW), sgml.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(3, r.size());
        Article a = r.get(0).article();
        assertEquals("reuters-7", a.articleId());
        assertEquals("HARBOUR TRADE & FERRIES", a.title());
        assertEquals("reuters", a.source());
        assertEquals(Instant.parse("1987-02-26T15:01:01.790Z"), a.publishedAt());
        assertEquals("Ferry traffic rose in the week, the harbour board said.\n\nOfficials said freight <cargo> volumes were steady.", a.text());
        assertEquals(RejectReason.NO_TEXT, r.get(1).reject().reason());
        assertTrue(r.get(1).reject().message().contains("BRIEF WITHOUT BODY"));
        assertEquals("reuters-9", r.get(2).article().articleId());
        assertEquals("An unclosed record still counts.", r.get(2).article().text());
    }

    @Test
    void gigawordStyleSgml() {
        String sgml = """
                <DOC id="HGZ_ENG_20200102.0001" type="story">
                <HEADLINE>
                Storm closes the ferry
                </HEADLINE>
                <TEXT>
                <P>
                The ferry to Gull Island stopped on Thursday.
                </P>
                <P>
                "We will sail when it is safe," the captain said.
                </P>
                </TEXT>
                </DOC>
                """;
        Article a = readAll(new SgmlArticleReader(100_000, NOW), sgml.getBytes(StandardCharsets.UTF_8)).get(0).article();
        assertEquals("HGZ_ENG_20200102.0001", a.articleId());
        assertEquals("hgz", a.source());
        assertEquals("Storm closes the ferry", a.title());
        assertEquals("The ferry to Gull Island stopped on Thursday.\n\n\"We will sail when it is safe,\" the captain said.", a.text());
    }

    private static final String ARTICLE_HTML = """
            <html lang="en-GB"><head><title>Harbour reopens | The Gazette</title>
            <meta property="og:title" content="Harbour reopens after storm">
            <link rel="canonical" href="https://gazette.example/news/harbour-reopens">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
              "datePublished":"2021-05-19T12:30:00+02:00","author":{"@type":"Person","name":"Ellen Varga"}}]}</script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="share-bar">Share on everything</div>
            <article>
              <h1>Harbour reopens after storm</h1>
              <p>The harbour reopened on Wednesday after three weeks of repairs to the storm-damaged pier, the port authority said.</p>
              <p>&#8220;The new pier is stronger than the old one,&#8221; Mayor Ellen Varga said at the reopening ceremony on the quay.</p>
              <p>Ferry crossings to Gull Island resume on Monday, with the first boat leaving at seven in the morning.</p>
            </article>
            <div class="comments"><p>First! This comment is not part of the article and must not be extracted.</p></div>
            <footer>Copyright The Gazette</footer>
            </body></html>
            """;

    private static byte[] warc(boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(response("https://gazette.example/news/harbour-reopens?utm=x", 200, "text/html; charset=utf-8", ARTICLE_HTML));
            writer.write(response("https://gazette.example/logo.png", 200, "image/png", "PNG..."));
            writer.write(response("https://gazette.example/old", 301, "text/html", "<html>moved</html>"));
            writer.write(response("https://gazette.example/tag/ferries", 200, "text/html",
                    "<html><body><ul><li><a href='/a'>A</a></li></ul><p>Short.</p></body></html>"));
        }
        return bytes.toByteArray();
    }

    private static WarcResponse response(String url, int status, String type, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + payload.length + "\r\n\r\n";
        byte[] head = http.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + payload.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(payload, 0, all, head.length, payload.length);
        return new WarcResponse.Builder(URI.create(url))
                .date(Instant.parse("2021-05-20T08:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, all)
                .build();
    }

    @Test
    void warcResponsesBecomeArticlesAndTheRestIsSkippedWithReasons() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            List<ReadResult> r = readAll(new WarcArticleReader(100_000, NOW), warc(gzip));
            assertEquals(4, r.size());
            Article a = r.get(0).article();
            assertEquals("https://gazette.example/news/harbour-reopens", a.url());
            assertEquals("gazette.example", a.source());
            assertEquals("Harbour reopens after storm", a.title());
            assertEquals(Instant.parse("2021-05-19T10:30:00Z"), a.publishedAt());
            assertEquals(List.of("Ellen Varga"), a.authors());
            assertEquals("en", a.language());
            assertTrue(a.text().startsWith("The harbour reopened on Wednesday"), a.text());
            assertTrue(a.text().contains("\n\n\u201CThe new pier is stronger than the old one,\u201D Mayor Ellen Varga said"), a.text());
            assertFalse(a.text().contains("First!"));
            assertFalse(a.text().contains("Share on"));
            assertFalse(a.text().contains("Home"));
            assertEquals("not_html", r.get(1).skip().reason());
            assertEquals("redirect", r.get(2).skip().reason());
            assertEquals("not_an_article", r.get(3).skip().reason());
        }
    }

    @Test
    void pageWithoutDateTakesTheWarcDate() {
        HtmlArticleExtractor.Page page = new HtmlArticleExtractor().extract(
                "<html><body><article><p>" + "Plain words. ".repeat(40) + "</p></article></body></html>", "https://x.example/a");
        assertNull(page.publishedAt());
        assertTrue(page.text().startsWith("Plain words."));
    }

    @Test
    void malformedWarcIsOneRejectNotACrash() {
        byte[] junk = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\nzzz".getBytes(StandardCharsets.ISO_8859_1);
        List<ReadResult> r = readAll(new WarcArticleReader(100_000, NOW), junk);
        assertEquals(1, r.size());
        assertEquals(RejectReason.MALFORMED_WARC, r.get(0).reject().reason());
    }

    @Test
    void deeplyNestedHtmlDoesNotBlowUp() {
        String deep = "<div>".repeat(10_000) + "<p>" + "Deep text here. ".repeat(30) + "</p>" + "</div>".repeat(10_000);
        HtmlArticleExtractor.Page page = new HtmlArticleExtractor().extract("<html><body>" + deep + "</body></html>", null);
        assertTrue(page.text() == null || page.text().contains("Deep text"));
    }
}
