package dev.quarry.quotes;

import dev.quarry.text.Span;
import dev.quarry.text.TextSpans;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each piece of a quote's content begins and ends, by the convention of the attribution
 * corpora (PARC 3.0, PolNeAR): quoted words are annotated with their quotation marks and with the
 * punctuation inside the closing mark ({@code “We won,”}), and reported content without the period
 * or comma that ends its sentence (a direct quote without marks, a transcript turn, keeps its
 * period). In PolNeAR train, 6,503 content pieces start with their opening mark and 55 just after
 * it, 6,372 end with their closing mark and 97 just before it, and of the pieces with no mark at
 * their end 13,323 end just before a period or comma and 616 with one
 * ({@code scripts/content-boundary-counts.py}). The rules and the tagger find the words; this step
 * only moves the edges (and cuts a cue out of the content, {@link #aroundCue}), on the finished
 * quotes, so that {@code start}/{@code end} compare with the corpora offset for offset.
 * {@link Quote#text()} stays without marks, and loses the period or comma its last piece gives back.
 */
public final class ContentBoundaries {

    private static final String OPENING = "\"\u201C\u201E\u00AB\u2018";
    private static final String CLOSING = "\"\u201D\u00BB\u2019";
    private static final String DOUBLED = "''";
    private static final String DOUBLED_OPENING = "``";
    /** Punctuation a closing mark may follow inside the quote ("won,” he said). */
    private static final String INNER_PUNCTUATION = ".,;:!?\u2026";

    /** The quote with every piece at the convention's edges; the quote itself when nothing moves. */
    public Quote adjust(String text, Quote q) {
        boolean reported = q.type() != QuoteType.DIRECT;
        List<Span> moved = new ArrayList<>(q.pieces().size());
        for (Span piece : aroundCue(text, q)) {
            moved.add(piece(text, piece, reported));
        }
        if (moved.equals(q.pieces())) {
            return q;
        }
        // The period or comma the last piece gave back leaves the text too.
        Span last = q.pieces().get(q.pieces().size() - 1);
        Span lastMoved = moved.get(moved.size() - 1);
        String said = q.text();
        if (lastMoved.end() < last.end() && lastMoved.begin() <= last.begin() && !said.isEmpty()
                && said.charAt(said.length() - 1) == text.charAt(last.end() - 1)) {
            said = said.substring(0, said.length() - 1);
        }
        return q.withContent(said, moved);
    }

    /**
     * The pieces with the quote's own cue cut out: no gold content piece of PolNeAR train holds its
     * cue (0 of 22,464; the content breaks around it, "They [appear] to be unanimous ..."). The
     * rules that find a cue inside what was said ("seeming", "passive-report") keep it in the text.
     */
    static List<Span> aroundCue(String text, Quote q) {
        if (q.cueStart() == null || q.cueEnd() == null || dev.quarry.quotes.model.AttributionTagger.RULE.equals(q.rule())) {
            // A cue inside the tagger's own content is a nested attribution's, paired with the outer
            // content ("that he had a source who told him ..."): the content is right as it is.
            return q.pieces();
        }
        int cb = q.cueStart();
        int ce = q.cueEnd();
        List<Span> out = new ArrayList<>();
        for (Span p : q.pieces()) {
            if (p.end() <= cb || p.begin() >= ce) {
                out.add(p);
                continue;
            }
            for (Span side : List.of(TextSpans.trimmed(text, p.begin(), cb), TextSpans.trimmed(text, ce, p.end()))) {
                if (side.end() > side.begin()) {
                    out.add(side);
                }
            }
        }
        return out.isEmpty() ? q.pieces() : out;
    }

    /** @param reported whether the piece is reported speech, whose closing period or comma the convention leaves out */
    static Span piece(String text, Span piece, boolean reported) {
        int b = piece.begin();
        int e = piece.end();
        if (e <= b || b < 0 || e > text.length()) {
            return piece;
        }
        boolean openedHere = false;
        if (b >= 2 && (text.startsWith(DOUBLED, b - 2) || text.startsWith(DOUBLED_OPENING, b - 2))) {
            b -= 2;
            openedHere = true;
        } else if (b >= 1 && OPENING.indexOf(text.charAt(b - 1)) >= 0 && !letterBefore(text, b - 1)) {
            b -= 1;
            openedHere = true;
        }
        if (open(text, b, e)) {
            int k = e;
            while (k < text.length() && k - e < 2 && INNER_PUNCTUATION.indexOf(text.charAt(k)) >= 0) {
                k++;
            }
            if (text.startsWith(DOUBLED, k)) {
                e = k + 2;
            } else if (k < text.length() && CLOSING.indexOf(text.charAt(k)) >= 0) {
                e = k + 1;
            }
        } else if (reported && !openedHere && endsWithSentencePunctuation(text, b, e)) {
            e -= 1;
        }
        return new Span(b, e);
    }

    /** A quotation opened in [b, e) and not closed there. */
    private static boolean open(String text, int b, int e) {
        int curly = 0;
        int guillemets = 0;
        int single = 0;
        boolean straight = false;
        boolean doubled = false;
        for (int i = b; i < e; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u201C', '\u201E' -> curly++;
                case '\u201D' -> curly--;
                case '\u00AB' -> guillemets++;
                case '\u00BB' -> guillemets--;
                case '\u2018' -> single += letterBefore(text, i) ? 0 : 1;
                case '\u2019' -> single -= single > 0 && !letterAfter(text, i) ? 1 : 0;
                case '"' -> straight = !straight;
                case '\'', '`' -> {
                    if (i + 1 < e && text.charAt(i + 1) == c) {
                        doubled = !doubled;
                        i++;
                    }
                }
                default -> { }
            }
        }
        return curly > 0 || guillemets > 0 || single > 0 || straight || doubled;
    }

    /**
     * Reported content that runs on to the period or comma closing its clause: the convention leaves
     * that mark out. Only after a lower-case word or a digit, so "U.S." and "Jr." keep their period.
     */
    private static boolean endsWithSentencePunctuation(String text, int b, int e) {
        char last = text.charAt(e - 1);
        if ((last != '.' && last != ',') || e - b < 3) {
            return false;
        }
        char before = text.charAt(e - 2);
        if (!Character.isLowerCase(before) && !Character.isDigit(before)) {
            return false;
        }
        // "etc." and other abbreviations in lower case are rare enough in content ends to be left alone.
        return !(last == '.' && e - 3 >= b && text.charAt(e - 3) == '.');
    }

    private static boolean letterBefore(String text, int i) {
        return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean letterAfter(String text, int i) {
        return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
