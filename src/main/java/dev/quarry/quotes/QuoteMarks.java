package dev.quarry.quotes;

import dev.quarry.text.Span;
import dev.quarry.text.TextSpans;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds spans between quotation marks, paragraph by paragraph.
 *
 * <p>Handles curly (“ ”), straight ("), guillemet (« ») and the doubled-apostrophe styles
 * ({@code ''...''} and {@code ``...''}). Single quotes are left alone: in news text ‘ and ’ are
 * far more often apostrophes than quotation marks. A paragraph that ends inside a quote and is
 * followed by a paragraph that opens with a quotation mark continues that quote (the newswire
 * convention for multi-paragraph quotes).
 */
public final class QuoteMarks {

    private enum Role { OPEN, CLOSE, EITHER }

    private record Mark(int begin, int end, Role role, char family) {
    }

    private QuoteMarks() {
    }

    public static List<QuotedSpan> find(String text, List<Span> paragraphs) {
        Collector collector = new Collector(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            collector.paragraph(paragraphs.get(p), p == 0 ? null : paragraphs.get(p - 1));
        }
        if (!paragraphs.isEmpty()) {
            collector.closePending(paragraphs.get(paragraphs.size() - 1).end());
        }
        return collector.spans;
    }

    /** The spans found so far, and a quote carried over from earlier paragraphs. */
    private static final class Collector {
        private final String text;
        private final List<QuotedSpan> spans = new ArrayList<>();
        private List<Span> pending;   // pieces of a quote carried over from earlier paragraphs
        private int pendingOpen = -1;
        private char pendingFamily;

        Collector(String text) {
            this.text = text;
        }

        void paragraph(Span paragraph, Span previous) {
            int pBegin = paragraph.begin();
            int pEnd = paragraph.end();
            List<Mark> marks = marksIn(text, pBegin, pEnd);
            int i = 0;
            Mark open = null;
            if (pending != null) {
                // The carried-over quote continues only if this paragraph opens with a mark.
                if (!marks.isEmpty() && marks.get(0).begin() == pBegin && marks.get(0).role() != Role.CLOSE
                        && compatible(pendingFamily, marks.get(0).family()) && !opensTurn(text, marks.get(0).end(), pEnd)) {
                    open = marks.get(0);
                    i = 1;
                } else {
                    closePending(previous.end());
                }
            }
            open = pair(marks, i, open, pBegin);
            if (open != null) {
                carry(open, pEnd);
            }
        }

        /** Pairs the marks from {@code i} on; returns the mark left open at the paragraph's end, or null. */
        private Mark pair(List<Mark> marks, int i, Mark open, int pBegin) {
            int nested = 0;
            for (; i < marks.size(); i++) {
                Mark m = marks.get(i);
                if (open == null) {
                    if (m.role() == Role.OPEN || (m.role() == Role.EITHER && looksOpening(text, m, pBegin))) {
                        open = m;
                        nested = 0;
                    }
                    continue;
                }
                // '"PENCE: ... an episode of “Shark Tank.” But ...': inside a straight quote, a curly pair is a
                // quote within the quote, and its closing mark does not end the outer one.
                if (m.role() == Role.OPEN && m.family() != open.family()) {
                    nested++;
                    continue;
                }
                if (m.role() == Role.CLOSE && nested > 0 && m.family() != open.family()) {
                    nested--;
                    continue;
                }
                if ((m.role() == Role.CLOSE || m.role() == Role.EITHER) && compatible(open.family(), m.family())) {
                    close(open, m);
                    open = null;
                }
                // An opening mark inside an open quote is a nested quote; the outer one goes on.
            }
            return open;
        }

        private void close(Mark open, Mark m) {
            Span piece = TextSpans.trimmed(text, open.end(), m.begin());
            List<Span> pieces = pending == null ? new ArrayList<>() : pending;
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            if (!pieces.isEmpty()) {
                spans.add(new QuotedSpan(List.copyOf(pieces), pending == null ? open.begin() : pendingOpen, m.end(), true));
            }
            pending = null;
        }

        /** A quote still open at the paragraph's end: its piece waits for the next paragraph. */
        private void carry(Mark open, int pEnd) {
            Span piece = TextSpans.trimmed(text, open.end(), pEnd);
            if (pending == null) {
                pending = new ArrayList<>();
                pendingOpen = open.begin();
                pendingFamily = open.family();
            }
            if (!piece.isEmpty()) {
                pending.add(piece);
            }
            if (pending.isEmpty()) {
                pending = null;
            }
        }

        /** The carried-over quote ends unclosed at {@code end}. */
        void closePending(int end) {
            if (pending != null) {
                spans.add(new QuotedSpan(List.copyOf(pending), pendingOpen, end, false));
                pending = null;
            }
        }
    }

    private static final java.util.regex.Pattern TURN = java.util.regex.Pattern.compile("[A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3}:\\s|\\([A-Z]+");

    /** '"WALLACE: ...' or '"(CROSSTALK.)': a new transcript turn, not the previous paragraph's quote going on. */
    private static boolean opensTurn(String text, int from, int end) {
        return TURN.matcher(text).region(from, end).lookingAt();
    }

    /** Whether [begin, end) holds a double quotation mark of any style. */
    public static boolean containsMark(String text, int begin, int end) {
        return !marksIn(text, begin, end).isEmpty();
    }

    private static List<Mark> marksIn(String text, int begin, int end) {
        List<Mark> marks = new ArrayList<>();
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u201C', '\u201E', '\u201F' -> marks.add(new Mark(i, i + 1, Role.OPEN, 'c'));
                case '\u201D' -> {
                    // A right mark with a word right after it and nothing before it is a mistyped opening one.
                    boolean opens = (i == begin || Character.isWhitespace(text.charAt(i - 1)))
                            && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1));
                    marks.add(new Mark(i, i + 1, opens ? Role.OPEN : Role.CLOSE, 'c'));
                }
                case '\u00AB' -> marks.add(new Mark(i, i + 1, Role.OPEN, 'g'));
                case '\u00BB' -> marks.add(new Mark(i, i + 1, Role.CLOSE, 'g'));
                case '"' -> marks.add(new Mark(i, i + 1, Role.EITHER, 's'));
                case '`' -> {
                    if (i + 1 < end && text.charAt(i + 1) == '`') {
                        marks.add(new Mark(i, i + 2, Role.OPEN, 'a'));
                        i++;
                    }
                }
                case '\'' -> {
                    if (i + 1 < end && text.charAt(i + 1) == '\'') {
                        marks.add(new Mark(i, i + 2, Role.EITHER, 'a'));
                        i++;
                    }
                }
                default -> {
                }
            }
        }
        return marks;
    }

    /** Straight quotes and curly quotes are mixed freely in real archives, so they pair with each other. */
    private static boolean compatible(char openFamily, char markFamily) {
        if (openFamily == markFamily) {
            return true;
        }
        return (openFamily == 'c' && markFamily == 's') || (openFamily == 's' && markFamily == 'c');
    }

    /** A straight mark opens a quote when nothing word-like stands right before it. */
    private static boolean looksOpening(String text, Mark m, int paragraphBegin) {
        if (m.begin() == paragraphBegin) {
            return true;
        }
        char before = text.charAt(m.begin() - 1);
        if (Character.isLetterOrDigit(before) || before == '.' || before == ',') {
            return false;
        }
        return m.end() < text.length() && !Character.isWhitespace(text.charAt(m.end()));
    }
}
