package dev.quarry.ingest;

import dev.quarry.config.InputFormat;
import dev.quarry.config.QuarryConfig;

import java.time.Instant;

/** The reader for each input format. */
public final class ArticleReaders {

    private ArticleReaders() {
    }

    public static ArticleReader forFormat(InputFormat format, QuarryConfig.Ingest ingest, Instant now) {
        return switch (format) {
            case TEXT -> new TextArticleReader(ingest.maxArticleChars());
            case JSONL -> new JsonLinesArticleReader(ingest.jsonFields(), ingest.maxArticleChars(), now);
            case CSV -> new CsvArticleReader(ingest.csvColumns(), ingest.csvDelimiter(), ingest.csvAuthorsSeparator(),
                    ingest.maxArticleChars(), now);
        };
    }
}
