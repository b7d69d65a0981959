package dev.quarry.ingest;

import java.io.Serializable;

/**
 * A record that did not become an article.
 *
 * @param recordNumber 1-based line number (JSON Lines), record number (CSV, header excluded), or 1 (text files)
 * @param excerpt the start of the offending record, at most {@link #EXCERPT_CHARS} characters
 */
public record Reject(String sourceFile, long recordNumber, RejectReason reason, String message, String excerpt)
        implements Serializable {

    public static final int EXCERPT_CHARS = 200;

    public static Reject of(String sourceFile, long recordNumber, RejectReason reason, String message, String raw) {
        String excerpt = raw == null ? null : raw.length() <= EXCERPT_CHARS ? raw : raw.substring(0, EXCERPT_CHARS);
        return new Reject(sourceFile, recordNumber, reason, message, excerpt);
    }
}
