package dev.quarry.quotes.text;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.TextSpans;
import dev.quarry.text.Token;
import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.QuotedSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code "A," he said (in a statement). "B."}: the second quoted span continues the first when only the
 * attribution's sentence lies between them. One quote, two pieces.
 */
public final class SplitQuotes {

    private SplitQuotes() {
    }

    /** Whether {@code next} continues {@code span}, which {@code after} (an after-mark attribution) attributes. */
    public static boolean continues(AnnotatedArticle article, QuotedSpan span, Attribution after, QuotedSpan next) {
        String text = article.text();
        char lastChar = text.charAt(span.contentEnd() - 1);
        // A question or exclamation goes on too: '"Who wants to live at home at 29?" she said. "I don't."'
        boolean open = lastChar == ',' || lastChar == '\u2014' || lastChar == '-' || lastChar == '?' || lastChar == '!';
        // A fragment inside reported content ('may be "strategic," said X.') ends its statement at the attribution.
        boolean fragment = !MarkSurroundings.opensSentence(article, span.openMark())
                && !MarkSurroundings.afterIntroduction(text, span.openMark());
        if (!open || fragment) {
            return false;
        }
        int clauseEnd = sentenceEndAfter(article, after.end(), next.openMark());
        return MarkSurroundings.onlySpaceBetween(text, clauseEnd, next.openMark())
                && article.paragraphIndexAt(next.openMark()) == article.paragraphIndexAt(span.openMark());
    }

    /** The two spans as one quote. */
    public static QuotedSpan joined(QuotedSpan span, QuotedSpan next) {
        List<Span> pieces = new ArrayList<>(span.pieces());
        pieces.addAll(next.pieces());
        return new QuotedSpan(pieces, span.openMark(), next.closeEnd(), next.closed());
    }

    /**
     * Where the attribution clause that ends at {@code from} really ends: {@code from} itself when
     * the next quote follows at once, else just past the first sentence-ending token before {@code limit}.
     */
    static int sentenceEndAfter(AnnotatedArticle article, int from, int limit) {
        String text = article.text();
        if (MarkSurroundings.onlySpaceBetween(text, from, limit)) {
            return from;
        }
        int before = TextSpans.lastNonSpaceBefore(text, from);
        if (before >= 0 && ".?!".indexOf(text.charAt(before)) >= 0) {
            return from; // the attribution closed its sentence: what follows is a new one, not a continuation
        }
        Token last = null;
        for (int t = article.firstTokenAtOrAfter(from); t < article.tokens().size(); t++) {
            Token token = article.tokens().get(t);
            if (token.begin() >= limit || token.quoteMark()) {
                break;
            }
            if (token.punctuation() && TokenShapes.endsSentence(token)) {
                return token.end();
            }
            last = token;
        }
        // "The risk," said Edward Leamer, an economist at UCLA, "is that ..." -- the clause runs on to the next quote.
        if (last != null && last.text().equals(",") && MarkSurroundings.onlySpaceBetween(text, last.end(), limit)) {
            return last.end();
        }
        return from;
    }
}
