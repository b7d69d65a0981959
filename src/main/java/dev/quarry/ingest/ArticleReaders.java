package dev.quarry.ingest;

import dev.quarry.config.InputFormat;
import dev.quarry.config.QuarryConfig;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The reader for each input format; with {@code auto}, the one each file's ending calls for. */
public final class ArticleReaders implements Serializable {

    private final InputFormat format;
    private final Map<InputFormat, ArticleReader> readers = new EnumMap<>(InputFormat.class);

    public ArticleReaders(InputFormat format, QuarryConfig.Ingest ingest, Instant now) {
        this.format = format;
        readers.put(InputFormat.TEXT, new TextArticleReader(ingest.maxArticleChars()));
        readers.put(InputFormat.JSONL, new JsonLinesArticleReader(ingest.jsonFields(), ingest.maxArticleChars(), now, ingest.dates()));
        readers.put(InputFormat.CSV, new CsvArticleReader(ingest.csvColumns(), ingest.csvDelimiter(),
                ingest.csvAuthorsSeparator(), ingest.maxArticleChars(), now, ingest.dates()));
        readers.put(InputFormat.SGML, new SgmlArticleReader(ingest.maxArticleChars(), now, ingest.dates()));
        readers.put(InputFormat.WARC, new WarcArticleReader(ingest.maxArticleChars(), now));
    }

    /** The JSON Lines reader, for files read in splits. */
    public JsonLinesArticleReader jsonLines() {
        return (JsonLinesArticleReader) readers.get(InputFormat.JSONL);
    }

    /** The reader for one file: the configured format's, or by the file's ending under {@code auto}. */
    public ArticleReader forFile(String path) {
        InputFormat f = format == InputFormat.AUTO ? InputFormat.forFile(path) : format;
        return readers.get(f == null ? InputFormat.TEXT : f);
    }
}
