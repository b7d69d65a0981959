package dev.quarry.quotes.rules;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.quotes.QuoteLexicons;
import dev.quarry.quotes.QuotedSpan;
import dev.quarry.quotes.text.AfterMarkWindow;

/** One quotation as the direct rules see it; the window after its closing mark is worked out once, when first asked for. */
public final class DirectContext {

    private final AnnotatedArticle article;
    private final QuotedSpan span;
    private final QuoteLexicons lexicons;
    private AfterMarkWindow window;

    public DirectContext(AnnotatedArticle article, QuotedSpan span, QuoteLexicons lexicons) {
        this.article = article;
        this.span = span;
        this.lexicons = lexicons;
    }

    public AnnotatedArticle article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    public QuotedSpan span() {
        return span;
    }

    public QuoteLexicons lexicons() {
        return lexicons;
    }

    public AfterMarkWindow window() {
        if (window == null) {
            window = AfterMarkWindow.of(article, span, lexicons);
        }
        return window;
    }
}
