package dev.quarry.ingest;

import dev.quarry.config.PublicationDates;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.config.FieldMapping;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * JSON Lines, one article object a line, with news-please's fields by default ({@code url},
 * {@code title}, {@code maintext}/{@code text}, {@code date_publish}, {@code source_domain},
 * {@code authors}, {@code language}) or any other mapping. Blank lines are skipped.
 */
public final class JsonLinesArticleReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RecordMapper mapper;
    private final int maxLineBytes;

    public JsonLinesArticleReader(FieldMapping mapping, int maxArticleChars, Instant now) {
        this(mapping, maxArticleChars, now, PublicationDates.DEFAULT);
    }

    public JsonLinesArticleReader(FieldMapping mapping, int maxArticleChars, Instant now, PublicationDates dates) {
        this.mapper = new RecordMapper(mapping, maxArticleChars, now, dates);
        // Room for the text in UTF-8 plus the other fields and JSON escapes.
        this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 8, 6L * maxArticleChars + 65_536);
    }

    @Override
    public Iterator<ReadResult> read(String sourceFile, InputStream in) {
        ByteLines lines = new ByteLines(in, maxLineBytes);
        return new LazyResults() {
            /** The next result, or null for a blank line or the end. */
            @Override
            protected ReadResult advance() {
                ByteLines.Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    finish();
                    close();
                    return ReadResult.of(Reject.of(sourceFile, 0, RejectReason.UNREADABLE_FILE,
                            "file broke off: " + e.getMessage(), null));
                }
                if (line == null) {
                    finish();
                    close();
                    return null;
                }
                if (line.bytes() == null) {
                    return ReadResult.of(Reject.of(sourceFile, line.number(), RejectReason.TOO_LARGE,
                            "line of " + line.length() + " bytes is over the limit of " + maxLineBytes, null));
                }
                String raw = Utf8.decode(line.bytes());
                if (raw == null) {
                    return ReadResult.of(Reject.of(sourceFile, line.number(), RejectReason.INVALID_UTF8,
                            "line is not valid UTF-8", Utf8.lenient(line.bytes(), 400)));
                }
                if (raw.isBlank()) {
                    return null;
                }
                return parse(sourceFile, line.number(), raw);
            }

            private void close() {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing more to read either way
                }
            }
        };
    }

    /**
     * One line of a JSON Lines file that is read in splits (the bytes as the line reader gives them):
     * null for a blank line, else an article or a reject. {@code recordNumber} is what the caller can
     * know of the line's position (its byte offset in a split file).
     */
    public ReadResult parseLine(String sourceFile, long recordNumber, byte[] bytes, int length) {
        if (length > maxLineBytes) {
            return ReadResult.of(Reject.of(sourceFile, recordNumber, RejectReason.TOO_LARGE,
                    "line of " + length + " bytes is over the limit of " + maxLineBytes, null));
        }
        byte[] line = java.util.Arrays.copyOf(bytes, length);
        String raw = Utf8.decode(line);
        if (raw == null) {
            return ReadResult.of(Reject.of(sourceFile, recordNumber, RejectReason.INVALID_UTF8,
                    "line is not valid UTF-8", Utf8.lenient(line, 400)));
        }
        return raw.isBlank() ? null : parse(sourceFile, recordNumber, raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw);
    }

    ReadResult parse(String sourceFile, long lineNumber, String raw) {
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            return ReadResult.of(Reject.of(sourceFile, lineNumber, RejectReason.INVALID_JSON,
                    "invalid JSON: " + e.getOriginalMessage(), raw));
        }
        if (node == null || !node.isObject()) {
            return ReadResult.of(Reject.of(sourceFile, lineNumber, RejectReason.NOT_AN_OBJECT,
                    "line is JSON but not an object", raw));
        }
        return mapper.map(sourceFile, lineNumber, new RecordMapper.Fields() {
            @Override
            public String text(String field) {
                JsonNode v = at(node, field);
                if (v == null || v.isNull() || v.isContainerNode()) {
                    return null;
                }
                return v.asText();
            }

            @Override
            public List<String> list(String field) {
                JsonNode v = at(node, field);
                if (v == null || v.isNull()) {
                    return null;
                }
                List<String> out = new ArrayList<>();
                if (v.isArray()) {
                    for (JsonNode e : v) {
                        if (e.isValueNode() && !e.asText().isBlank()) {
                            out.add(e.asText().strip());
                        }
                    }
                } else if (v.isValueNode() && !v.asText().isBlank()) {
                    out.add(v.asText().strip());
                }
                return out;
            }
        }, raw);
    }

    private static JsonNode at(JsonNode node, String dotted) {
        JsonNode cur = node;
        for (String part : dotted.split("\\.")) {
            if (cur == null || !cur.isObject()) {
                return null;
            }
            cur = cur.get(part);
        }
        return cur;
    }
}
