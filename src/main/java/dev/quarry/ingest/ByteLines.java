package dev.quarry.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line as raw bytes, so each line is decoded (and its UTF-8 checked) on its
 * own, and a line longer than the limit is skipped to its end instead of filling the heap.
 */
final class ByteLines {

    /** One line: its bytes (null when over the limit), its 1-based number and its full length. */
    record Line(byte[] bytes, long number, long length) {
    }

    private final InputStream in;
    private final int maxBytes;
    private long number;
    private boolean eof;

    ByteLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its line ending, or null at the end of the stream. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        long length = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (length < maxBytes) {
                buf.write(b);
            }
            length++;
        }
        if (b == -1) {
            eof = true;
            if (length == 0) {
                return null;
            }
        }
        number++;
        byte[] bytes = buf.toByteArray();
        if (length > maxBytes) {
            return new Line(null, number, length);
        }
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(bytes, number, length);
    }
}
