package dev.quarry.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: bad bytes are an error to report, not a character to invent. */
final class Utf8 {

    private Utf8() {
    }

    /** The decoded text, or null when the bytes are not valid UTF-8. A leading byte-order mark is dropped. */
    static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A lenient decoding for excerpts of bad records. */
    static String lenient(byte[] bytes, int maxBytes) {
        return new String(bytes, 0, Math.min(bytes.length, maxBytes), StandardCharsets.UTF_8);
    }
}
