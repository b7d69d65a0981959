package dev.quarry.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One article as read from an archive, before Spark adds run columns. Text is verbatim. */
public record Article(
        String articleId,
        String url,
        String source,
        String title,
        List<String> authors,
        Instant publishedAt,
        String language,
        String text,
        String sourceFile,
        long recordNumber) implements Serializable {
}
