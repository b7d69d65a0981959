package dev.quarry.ingest;

import java.io.Serializable;

/** What a reader yields per record: an article or a reject, never both. */
public record ReadResult(Article article, Reject reject) implements Serializable {

    public static ReadResult of(Article article) {
        return new ReadResult(article, null);
    }

    public static ReadResult of(Reject reject) {
        return new ReadResult(null, reject);
    }

    public boolean isArticle() {
        return article != null;
    }
}
