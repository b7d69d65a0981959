package dev.quarry.quotes;

import dev.quarry.text.Span;

import java.util.List;

/**
 * A run of text between quotation marks. It may have several pieces: a quote that runs over
 * paragraphs (each reopening the quote) has one piece per paragraph.
 *
 * @param pieces content pieces, quotation marks excluded
 * @param openMark offset of the first opening mark
 * @param closeEnd offset just past the last closing mark (or the paragraph end if never closed)
 * @param closed whether the last piece was closed by a mark
 */
public record QuotedSpan(List<Span> pieces, int openMark, int closeEnd, boolean closed) {

    public int contentBegin() {
        return pieces.get(0).begin();
    }

    public int contentEnd() {
        return pieces.get(pieces.size() - 1).end();
    }
}
