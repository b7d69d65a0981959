package dev.quarry.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a very long text into pieces that the Spark NLP pipeline can hold: Spark NLP annotates a row
 * at a time, with every annotation of every column in memory at once, so one 5 MB "article" (a
 * concatenated dump, usually) would need gigabytes. Pieces end at a paragraph break where there is
 * one in the second half of the allowed length, else at a line break, a sentence end, a space, or
 * (with none of those) at the limit. Ordinary articles are one piece.
 */
public final class ArticlePieces {

    /** A piece: its position, where it starts in the article text, and its text. */
    public record Piece(int index, int offset, String text) {
    }

    private ArticlePieces() {
    }

    public static List<Piece> split(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("pieces must allow at least 2 characters, not " + maxChars);
        }
        if (text.length() <= maxChars) {
            return List.of(new Piece(0, 0, text));
        }
        List<Piece> out = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int cut = cut(text, start, start + maxChars);
            out.add(new Piece(out.size(), start, text.substring(start, cut)));
            start = cut;
        }
        out.add(new Piece(out.size(), start, text.substring(start)));
        return out;
    }

    /** Where to end a piece that starts at {@code start} and may not reach past {@code limit}. */
    static int cut(String text, int start, int limit) {
        int from = start + (limit - start) / 2;
        for (String boundary : new String[] {"\n\n", "\n", ". ", "? ", "! ", " "}) {
            int at = text.lastIndexOf(boundary, limit - boundary.length());
            if (at >= from) {
                return at + boundary.length();
            }
        }
        // No boundary: cut at the limit, but never between the two halves of a surrogate pair.
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
