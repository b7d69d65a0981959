package dev.quarry.ingest;

import dev.quarry.config.PublicationDates;
import dev.quarry.config.FieldMapping;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * CSV with a header row; cells may span lines inside quotes. Columns are mapped by name. A file
 * that becomes unreadable part way (bad quoting, invalid UTF-8) keeps the records before the fault
 * and gets one reject for the rest.
 */
public final class CsvArticleReader implements ArticleReader {

    private final RecordMapper mapper;
    private final char delimiter;
    private final String authorsSeparator;

    public CsvArticleReader(FieldMapping mapping, char delimiter, String authorsSeparator, int maxArticleChars, Instant now) {
        this(mapping, delimiter, authorsSeparator, maxArticleChars, now, PublicationDates.DEFAULT);
    }

    public CsvArticleReader(FieldMapping mapping, char delimiter, String authorsSeparator, int maxArticleChars, Instant now,
                            PublicationDates dates) {
        this.mapper = new RecordMapper(mapping, maxArticleChars, now, dates);
        this.delimiter = delimiter;
        this.authorsSeparator = authorsSeparator;
    }

    @Override
    public Iterator<ReadResult> read(String sourceFile, InputStream in) {
        CSVParser parser;
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            parser = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true)
                    .build()
                    .parse(new InputStreamReader(in, decoder));
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            close(in);
            return List.of(ReadResult.of(Reject.of(sourceFile, 0, reason(e), "cannot read the CSV header: " + e.getMessage(), null))).iterator();
        }
        Map<String, Integer> header = parser.getHeaderMap();
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private boolean failed;
            private long lastRecord;

            @Override
            public boolean hasNext() {
                if (failed) {
                    return false;
                }
                try {
                    boolean more = records.hasNext();
                    if (!more) {
                        close(in);
                    }
                    return more;
                } catch (UncheckedIOException | IllegalStateException e) {
                    return true; // next() reports the fault
                }
            }

            @Override
            public ReadResult next() {
                if (failed) {
                    throw new NoSuchElementException();
                }
                CSVRecord record;
                try {
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException | NoSuchElementException e) {
                    failed = true;
                    close(in);
                    return ReadResult.of(Reject.of(sourceFile, lastRecord + 1, reason(e),
                            "CSV unreadable from record " + (lastRecord + 1) + " on: " + e.getMessage(), null));
                }
                lastRecord = record.getRecordNumber();
                String raw = String.join(String.valueOf(delimiter), record.toList());
                return mapper.map(sourceFile, record.getRecordNumber(), new RecordMapper.Fields() {
                    @Override
                    public String text(String field) {
                        Integer i = header.get(field);
                        return i == null || i >= record.size() ? null : record.get(i);
                    }

                    @Override
                    public List<String> list(String field) {
                        String v = text(field);
                        if (v == null) {
                            return null;
                        }
                        List<String> out = new ArrayList<>();
                        for (String part : v.split(java.util.regex.Pattern.quote(authorsSeparator))) {
                            if (!part.isBlank()) {
                                out.add(part.strip());
                            }
                        }
                        return out;
                    }
                }, raw);
            }
        };
    }

    private static RejectReason reason(Exception e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return RejectReason.INVALID_UTF8;
            }
            t = t.getCause();
        }
        return RejectReason.MALFORMED_CSV;
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to read either way
        }
    }
}
