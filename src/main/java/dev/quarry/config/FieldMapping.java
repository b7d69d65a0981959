package dev.quarry.config;

import java.util.List;
import java.util.Map;

/**
 * Which source fields feed each article column. For every target column, the first candidate
 * that is present and non-empty wins.
 */
public record FieldMapping(Map<String, List<String>> candidates) implements java.io.Serializable {

    public static final List<String> TARGETS = List.of(
            "id", "url", "title", "text", "published_at", "source", "authors", "language");

    public List<String> get(String target) {
        return candidates.getOrDefault(target, List.of());
    }
}
