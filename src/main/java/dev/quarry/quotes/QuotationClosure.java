package dev.quarry.quotes;

import dev.quarry.quotes.model.AttributionTagger;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The attribution tagger labels one sentence at a time, so content that quotes more than one sentence
 * stops at the first one's end, inside the quotation ({@code that “every word I said there is true
 * and accurate.} and not {@code No one has disputed a word I said.”}); and a content chunk may begin
 * inside a quotation the tagger did not take in whole ({@code There was no joy” in comparison to
 * Obama}). PolNeAR's content takes a quotation whole. A tagger's content that ends inside a quotation
 * runs on to its closing mark, and one that begins inside a quotation goes back to its opening mark,
 * when the quotation lies within one paragraph and the run is short.
 */
final class QuotationClosure {

    /** Most characters a content edge moves. */
    static final int MAX_MOVE = 400;

    private QuotationClosure() {
    }

    /**
     * The quotes, the tagger's with their content closed over the quotations they cut. Two chunks of one
     * quotation (a sentence each) would both close over it: the later one goes, merged into the earlier.
     * A content is not closed over another quote of the rules that it did not overlap before. In order of
     * start, as {@link dev.quarry.quotes.model.ModelPrecedence} gives them.
     */
    static List<Quote> close(AnnotatedArticle article, List<Quote> quotes) {
        List<QuotedSpan> quotations = null;
        List<Quote> byStart = new ArrayList<>(quotes);
        byStart.sort(java.util.Comparator.comparingInt(Quote::start));
        List<Quote> out = new ArrayList<>(quotes.size());
        // The tagger's quotes kept so far, closed, and as they came.
        List<Quote> keptClosed = new ArrayList<>();
        List<Quote> keptOriginal = new ArrayList<>();
        for (Quote q : byStart) {
            if (!AttributionTagger.RULE.equals(q.rule()) || q.pieces() == null || q.pieces().isEmpty()) {
                out.add(q);
                continue;
            }
            if (quotations == null) {
                quotations = QuoteMarks.find(article.text(), article.paragraphs());
            }
            Quote closed = close(article.text(), quotations, q);
            if (closed != q) {
                if (overlapsNewly(closed, q, quotes)) {
                    closed = q;
                } else if (mergesInto(closed, q, keptClosed, keptOriginal)) {
                    continue;
                }
            }
            out.add(closed);
            keptClosed.add(closed);
            keptOriginal.add(q);
        }
        return out;
    }

    /** Whether {@code closed} overlaps a quote of the rules that {@code original} did not overlap. */
    private static boolean overlapsNewly(Quote closed, Quote original, List<Quote> quotes) {
        for (Quote o : quotes) {
            if (!AttributionTagger.RULE.equals(o.rule()) && overlaps(closed, o) && !overlaps(original, o)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code closed} now overlaps a kept tagger quote, closed, that it did not overlap as both came. */
    private static boolean mergesInto(Quote closed, Quote original, List<Quote> keptClosed, List<Quote> keptOriginal) {
        for (int k = 0; k < keptClosed.size(); k++) {
            if (overlaps(closed, keptClosed.get(k)) && !overlaps(original, keptOriginal.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Quote a, Quote b) {
        for (Span piece : a.pieces()) {
            if (b.contentOverlaps(piece)) {
                return true;
            }
        }
        return false;
    }

    static Quote close(String text, List<QuotedSpan> quotations, Quote q) {
        List<Span> pieces = new ArrayList<>(q.pieces());
        Span first = pieces.get(0);
        Span last = pieces.get(pieces.size() - 1);
        int begin = first.begin();
        int end = last.end();
        for (QuotedSpan s : quotations) {
            if (s.pieces().size() != 1 || !s.closed()) {
                continue;
            }
            if (s.contentBegin() < begin && begin < s.contentEnd() && begin - s.openMark() <= MAX_MOVE) {
                begin = s.openMark();
            }
            if (s.contentBegin() < end && end < s.contentEnd() && s.closeEnd() - end <= MAX_MOVE) {
                end = s.closeEnd();
            }
        }
        if (begin == first.begin() && end == last.end()) {
            return q;
        }
        if (pieces.size() == 1) {
            pieces.set(0, new Span(begin, end));
        } else {
            pieces.set(0, new Span(begin, first.end()));
            pieces.set(pieces.size() - 1, new Span(last.begin(), end));
        }
        Quote closed = q.withContent(AttributionTagger.said(text, pieces), pieces);
        // Only text is added, so a mixed quote stays mixed; an indirect one takes in its first quotation mark.
        return closed.type() == QuoteType.INDIRECT ? closed.withType(AttributionTagger.typeOf(text, pieces)) : closed;
    }
}
