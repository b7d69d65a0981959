package dev.quarry.config;

import java.util.List;
import java.util.Locale;

/** Archive formats that ingest reads, with the file name endings each one takes. */
public enum InputFormat {
    TEXT(List.of(".txt")),
    JSONL(List.of(".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz", ".jsonl.bz2", ".ndjson.bz2", ".json.bz2")),
    CSV(List.of(".csv", ".csv.gz", ".csv.bz2")),
    SGML(List.of(".sgm", ".sgml", ".sgm.gz", ".sgml.gz", ".sgm.bz2")),
    WARC(List.of(".warc", ".warc.gz")),
    /** Article tables from an earlier pipeline, read by Spark, columns mapped by ingest.table.columns. */
    PARQUET(List.of(".parquet")),
    ORC(List.of(".orc")),
    /** Each file by its ending, as one of the formats above. */
    AUTO(List.of());

    private final List<String> extensions;

    InputFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    public boolean accepts(String fileName) {
        if (this == AUTO) {
            return forFile(fileName) != null;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(lower::endsWith);
    }

    /** The concrete format a file name calls for, or null when none fits. */
    public static InputFormat forFile(String fileName) {
        for (InputFormat f : values()) {
            if (f != AUTO && f.accepts(fileName)) {
                return f;
            }
        }
        return null;
    }

    /** Formats whose files Spark reads as tables rather than as streams of records. */
    public boolean isTable() {
        return this == PARQUET || this == ORC;
    }

    public List<String> extensions() {
        if (this == AUTO) {
            return java.util.Arrays.stream(values()).filter(f -> f != AUTO).flatMap(f -> f.extensions.stream()).toList();
        }
        return extensions;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InputFormat parse(String value) {
        for (InputFormat f : values()) {
            if (f.code().equals(value.toLowerCase(Locale.ROOT).strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("expected one of text, jsonl, csv, sgml, warc, parquet, orc, auto");
    }
}
