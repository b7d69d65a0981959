package dev.quarry.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * WARC and WARC.gz (jwarc detects the compression): each HTML {@code response} record becomes an
 * article through {@link HtmlArticleExtractor}, dated by the page or else by the WARC date. Other
 * records are skipped with a reason (not_response, not_http, redirect, http_404, not_html,
 * not_an_article, too_large); they are counted, not errors. A malformed record ends the file with
 * one malformed_warc reject, keeping what was read before it.
 *
 * <p>{@code article_id} is a hash of the canonical URL (or the target URI when there is none).
 */
public final class WarcArticleReader implements ArticleReader {

    private final int maxArticleChars;
    private final Instant now;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    public WarcArticleReader(int maxArticleChars, Instant now) {
        this.maxArticleChars = maxArticleChars;
        this.now = now;
    }

    @Override
    public boolean decompressesItself() {
        return true;
    }

    @Override
    public Iterator<ReadResult> read(String sourceFile, InputStream in) {
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            close(in);
            return List.of(ReadResult.of(Reject.of(sourceFile, 0, RejectReason.MALFORMED_WARC, "not a WARC file: " + e.getMessage(), null))).iterator();
        }
        return new LazyResults() {
            private long recordNumber;

            @Override
            protected ReadResult advance() {
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                } catch (IOException | RuntimeException e) {
                    finish();
                    closeReader(reader);
                    return ReadResult.of(Reject.of(sourceFile, recordNumber + 1, RejectReason.MALFORMED_WARC,
                            "WARC unreadable from record " + (recordNumber + 1) + " on: " + e.getMessage(), null));
                }
                if (record.isEmpty()) {
                    finish();
                    closeReader(reader);
                    return null;
                }
                recordNumber++;
                try {
                    return convert(sourceFile, recordNumber, record.get());
                } catch (IOException | RuntimeException e) {
                    return ReadResult.of(Reject.of(sourceFile, recordNumber, RejectReason.MALFORMED_WARC,
                            "cannot read WARC record: " + e.getMessage(), null));
                }
            }
        };
    }

    private ReadResult convert(String sourceFile, long n, WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return ReadResult.skipped(sourceFile, n, "not_response");
        }
        MediaType recordType = response.contentType();
        if (!recordType.base().equals(MediaType.HTTP) && !recordType.toString().startsWith("application/http")) {
            return ReadResult.skipped(sourceFile, n, "not_http");
        }
        HttpResponse http = response.http();
        int status = http.status();
        if (status >= 300 && status < 400) {
            return ReadResult.skipped(sourceFile, n, "redirect");
        }
        if (status != 200) {
            return ReadResult.skipped(sourceFile, n, "http_" + status);
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString();
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return ReadResult.skipped(sourceFile, n, "not_html");
        }
        // A page far larger than any article is passed over rather than parsed: bounded cost per record.
        long limit = Math.min(Integer.MAX_VALUE - 8, 8L * maxArticleChars + 1_000_000);
        byte[] body = http.body().stream().readNBytes((int) limit + 1);
        if (body.length > limit) {
            return ReadResult.skipped(sourceFile, n, "too_large");
        }
        String charset = type.parameters().get("charset");
        String target = response.target();
        HtmlArticleExtractor.Page page;
        try {
            page = extractor.extract(body, charset, target);
        } catch (java.nio.charset.UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException e) {
            page = extractor.extract(body, null, target);
        }
        if (page.text() == null) {
            return ReadResult.skipped(sourceFile, n, "not_an_article");
        }
        String text = page.text().length() > maxArticleChars ? null : page.text();
        if (text == null) {
            return ReadResult.skipped(sourceFile, n, "too_large");
        }
        String url = page.canonicalUrl() != null ? page.canonicalUrl() : target;
        Instant published = page.publishedAt() == null ? null : HtmlArticleExtractor.parseDate(page.publishedAt(), now);
        if (published == null) {
            published = response.date();
        }
        return ReadResult.of(new Article("w" + RecordMapper.sha(url), url, RecordMapper.host(url), page.title(),
                page.authors(), published, page.language(), text, sourceFile, n));
    }

    private static void closeReader(WarcReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing more to read either way
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to read either way
        }
    }
}
