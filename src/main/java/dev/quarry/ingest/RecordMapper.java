package dev.quarry.ingest;

import dev.quarry.config.PublicationDates;
import dev.quarry.config.FieldMapping;

import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Maps one structured record (a JSON object, a CSV row) onto an {@link Article} through a
 * {@link FieldMapping}, or explains why it cannot.
 *
 * <p>{@code article_id} is the mapped id field when present; otherwise a hash of the URL; otherwise
 * a hash of the file name and record number. All three are stable across reruns.
 */
public final class RecordMapper implements Serializable {

    /** Field access for one record; null when a field is absent. */
    public interface Fields {
        String text(String field);

        List<String> list(String field);
    }

    private final FieldMapping mapping;
    private final int maxArticleChars;
    private final Instant now;

    private final PublicationDates dates;

    public RecordMapper(FieldMapping mapping, int maxArticleChars, Instant now) {
        this(mapping, maxArticleChars, now, PublicationDates.DEFAULT);
    }

    public RecordMapper(FieldMapping mapping, int maxArticleChars, Instant now, PublicationDates dates) {
        this.mapping = mapping;
        this.maxArticleChars = maxArticleChars;
        this.now = now;
        this.dates = dates;
    }

    public ReadResult map(String sourceFile, long recordNumber, Fields fields, String raw) {
        String text = first(fields, "text");
        if (text == null || text.isBlank()) {
            return ReadResult.of(Reject.of(sourceFile, recordNumber, RejectReason.NO_TEXT,
                    "no article text in any of the fields " + mapping.get("text"), raw));
        }
        if (text.length() > maxArticleChars) {
            return ReadResult.of(Reject.of(sourceFile, recordNumber, RejectReason.TOO_LARGE,
                    "article text has " + text.length() + " characters, over ingest.max-article-chars=" + maxArticleChars, raw));
        }
        Instant published;
        Reject dateNote = null;
        try {
            published = dates.read(first(fields, "published_at"), now);
        } catch (PublicationDates.BadDate e) {
            // A bad date costs the article its date, not its quotes: it is kept undated, and counted.
            published = null;
            dateNote = Reject.of(sourceFile, recordNumber, RejectReason.of(e), e.getMessage() + "; kept undated", raw);
        }
        String url = first(fields, "url");
        String id = first(fields, "id");
        if (id == null || id.isBlank()) {
            id = url != null ? "u" + sha(url) : "r" + sha(fileName(sourceFile) + ":" + recordNumber);
        }
        String source = first(fields, "source");
        if (source == null && url != null) {
            source = host(url);
        }
        List<String> authors = null;
        for (String field : mapping.get("authors")) {
            authors = fields.list(field);
            if (authors != null) {
                break;
            }
        }
        Article article = new Article(id.strip(), url, source, first(fields, "title"),
                authors == null ? List.of() : authors, published, lowerOrNull(first(fields, "language")),
                text, sourceFile, recordNumber);
        return dateNote == null ? ReadResult.of(article) : ReadResult.kept(article, dateNote);
    }

    private String first(Fields fields, String target) {
        for (String field : mapping.get(target)) {
            String v = fields.text(field);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String lowerOrNull(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    static String host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    static String sha(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
