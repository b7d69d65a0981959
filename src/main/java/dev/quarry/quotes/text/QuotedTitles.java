package dev.quarry.quotes.text;

import dev.quarry.text.Span;
import dev.quarry.text.TextSpans;
import dev.quarry.quotes.QuotedSpan;

import static dev.quarry.quotes.QuoteWords.TITLE_INTRODUCERS;

/** Quoted titles ({@code said on MSNBC's "Morning Joe"}): a programme or a publication, not a quotation. */
public final class QuotedTitles {

    private static final int MAX_TITLE_WORDS = 7;

    private QuotedTitles() {
    }

    /** A short capitalised span after "on", a possessive or a word like "show" or "titled". */
    public static boolean isTitle(String text, QuotedSpan span) {
        if (span.pieces().size() != 1) {
            return false;
        }
        Span piece = span.pieces().get(0);
        String inner = piece.of(text);
        if (inner.isEmpty() || !Character.isUpperCase(inner.charAt(0)) || inner.split("\\s+").length > MAX_TITLE_WORDS
                || inner.endsWith("?") || inner.endsWith("!")) {
            return false;
        }
        int i = TextSpans.lastNonSpaceBefore(text, span.openMark());
        if (i < 0) {
            return false;
        }
        if ((text.charAt(i) == 's' || text.charAt(i) == 'S') && i >= 1 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '\u2019')) {
            return true; // ABC's "This Week"
        }
        if (text.charAt(i) == ',') {
            i = TextSpans.lastNonSpaceBefore(text, i); // 'In his 2002 book, "Make Your Kid a Millionaire,"'
        }
        String word = MarkSurroundings.wordEndingAt(text, i);
        if (word.equals("of")) {
            // 'On this weekend's broadcast of "Fox News Sunday"'
            word = MarkSurroundings.wordEndingAt(text, TextSpans.lastNonSpaceBefore(text, i - 1));
        }
        return TITLE_INTRODUCERS.contains(word);
    }
}
