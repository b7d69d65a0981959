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

    /** The quotes, the tagger's with their content closed over the quotations they cut. */
    static List<Quote> close(AnnotatedArticle article, List<Quote> quotes) {
        List<QuotedSpan> quotations = null;
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            if (!AttributionTagger.RULE.equals(q.rule()) || q.pieces() == null || q.pieces().isEmpty()) {
                out.add(q);
                continue;
            }
            if (quotations == null) {
                quotations = QuoteMarks.find(article.text(), article.paragraphs());
            }
            out.add(close(article.text(), quotations, q));
        }
        return out;
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
        StringBuilder said = new StringBuilder();
        boolean marked = false;
        for (Span p : pieces) {
            said.append(said.length() == 0 ? "" : " ").append(p.of(text));
            marked |= QuoteMarks.containsMark(text, p.begin(), p.end());
        }
        Quote closed = q.withContent(said.toString(), pieces);
        return marked && closed.type() == QuoteType.INDIRECT ? closed.withType(QuoteType.MIXED) : closed;
    }
}
