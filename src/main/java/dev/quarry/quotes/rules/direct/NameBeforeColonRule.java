package dev.quarry.quotes.rules.direct;

import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.DirectRule;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.text.TokenShapes;

import java.util.List;

/**
 * {@code Pollsters agree - Carl Bialik: "..."}: up to four capitalised words right before the colon,
 * opening their clause, are the speaker. No word cues the quote.
 */
public final class NameBeforeColonRule extends DirectRule {

    public static final String NAME = "name-before-colon";

    public NameBeforeColonRule() {
        super(NAME, Place.AFTER_COLON);
    }

    @Override
    public Outcome<Attribution> apply(DirectContext context) {
        int openMark = context.span().openMark();
        int colon = context.text().lastIndexOf(':', openMark);
        List<Token> tokens = context.article().tokens();
        int last = context.article().firstTokenAtOrAfter(colon) - 1;
        if (last < 0) {
            return Outcome.pass();
        }
        int sentence = tokens.get(last).sentenceIndex();
        int first = last;
        while (first - 1 >= 0 && last - first < 3 && TokenShapes.isName(tokens.get(first - 1))
                && tokens.get(first - 1).sentenceIndex() == sentence) {
            first--;
        }
        boolean opensClause = first == 0 || tokens.get(first - 1).punctuation() || tokens.get(first - 1).sentenceIndex() != sentence;
        if (!TokenShapes.isName(tokens.get(last)) || !TokenShapes.isName(tokens.get(first)) || !opensClause) {
            return Outcome.pass();
        }
        int end = tokens.get(last).end();
        return Outcome.of(new Attribution(new Span(end, end), new Span(tokens.get(first).begin(), end), openMark, true, NAME));
    }
}
