package dev.quarry.config;

import java.util.List;
import java.util.Locale;

/** Archive formats that ingest reads, with the file name endings each one takes. */
public enum InputFormat {
    TEXT(List.of(".txt")),
    JSONL(List.of(".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz", ".jsonl.bz2", ".ndjson.bz2", ".json.bz2")),
    CSV(List.of(".csv", ".csv.gz", ".csv.bz2"));

    private final List<String> extensions;

    InputFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    public boolean accepts(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(lower::endsWith);
    }

    public List<String> extensions() {
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
        throw new IllegalArgumentException("expected one of text, jsonl, csv");
    }
}
