package dev.quarry.ingest;

import java.io.Serializable;

/**
 * What a reader yields per record: an article, a reject (bad input), or a skip (a record that is
 * fine but is not an article: a WARC request, a redirect, a page with no article text). Exactly
 * one of the three is set. Skips are counted by reason, not written to {@code rejects}.
 */
public record ReadResult(Article article, Reject reject, Skip skip, Reject note) implements Serializable {

    /** A record passed over on purpose, with its reason code. */
    public record Skip(String sourceFile, long recordNumber, String reason) implements Serializable {
    }

    public static ReadResult of(Article article) {
        return new ReadResult(article, null, null, null);
    }

    /**
     * An article kept although part of it was bad, such as a publication date that cannot be read (the
     * article is kept undated): the note says what, and is counted in the run's summary.
     */
    public static ReadResult kept(Article article, Reject note) {
        return new ReadResult(article, null, null, note);
    }

    public static ReadResult of(Reject reject) {
        return new ReadResult(null, reject, null, null);
    }

    public static ReadResult skipped(String sourceFile, long recordNumber, String reason) {
        return new ReadResult(null, null, new Skip(sourceFile, recordNumber, reason), null);
    }

    public boolean isArticle() {
        return article != null;
    }

    public boolean isSkip() {
        return skip != null;
    }
}
