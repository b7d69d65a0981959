package dev.quarry.text;

/** Whitespace handling for [begin, end) spans of a text, shared by every segmenter and finder. */
public final class TextSpans {

    private TextSpans() {
    }

    /** The span without its leading and trailing whitespace; empty (begin == end) if nothing else is in it. */
    public static Span trimmed(String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(begin, end);
    }

    /** White space, a no-break space included ('he said.\u00A0"I ...'), as it is on the web. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The index of the last non-whitespace character before {@code offset}, or -1 if there is none. */
    public static int lastNonSpaceBefore(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && isSpace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
