package dev.quarry.quotes.rules.direct;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.DirectRule;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.text.AfterMarkWindow;
import dev.quarry.quotes.text.TokenShapes;

import java.util.List;

/** {@code "..." ― Carla Sanchez}: a name signed after a dash, as in collected reader comments. The dash is the cue. */
public final class DashSignatureRule extends DirectRule {

    public static final String NAME = "dash-signature";
    private static final int MAX_SIGNATURE_TOKENS = 6;

    public DashSignatureRule() {
        super(NAME, Place.AFTER_MARK);
    }

    @Override
    public Outcome<Attribution> apply(DirectContext context) {
        AfterMarkWindow window = context.window();
        if (window.dash() == null) {
            return Outcome.pass();
        }
        return Outcome.of(signature(context.article(), window.dash(), window.signatureFrom()));
    }

    private static Attribution signature(AnnotatedArticle article, Span dash, int first) {
        List<Token> tokens = article.tokens();
        int k = first;
        while (k < tokens.size() && k - first < MAX_SIGNATURE_TOKENS && TokenShapes.isName(tokens.get(k))
                && tokens.get(k).sentenceIndex() == tokens.get(first).sentenceIndex()) {
            k++;
        }
        if (k == first || k - first >= MAX_SIGNATURE_TOKENS) {
            return null;
        }
        if (k < tokens.size() && !tokens.get(k).punctuation() && !tokens.get(k).quoteMark()
                && tokens.get(k).begin() - tokens.get(k - 1).end() < 2) {
            return null; // the dash goes on into a clause, not a signature
        }
        int end = tokens.get(k - 1).end();
        return new Attribution(dash, new Span(tokens.get(first).begin(), end), end, false, NAME);
    }
}
