package dev.quarry.quotes.rules;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Sentence;
import dev.quarry.text.Span;
import dev.quarry.text.TestAnnotator;
import dev.quarry.text.Token;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteLexicons;
import dev.quarry.quotes.QuoteMarks;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.text.ClauseBounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds what one rule sees, from a made-up text, so that each rule's test asks that rule alone. */
public final class RuleFixtures {

    public static final QuoteLexicons LEXICONS = QuoteLexicons.load();

    private RuleFixtures() {
    }

    /** The {@code n}-th quoted span of the text, as the direct rules see it. */
    public static DirectContext quoted(String text, int n) {
        return quoted(TestAnnotator.annotate("t", text), n);
    }

    public static DirectContext quoted(AnnotatedArticle article, int n) {
        return new DirectContext(article, QuoteMarks.find(article.text(), article.paragraphs()).get(n), LEXICONS);
    }

    /** The sentence holding {@code word}, as the reported rules see it (no direct quotes, nothing found before). */
    public static SentenceContext sentenceWith(String text, String word) {
        return sentenceWith(TestAnnotator.annotate("t", text), word, List.of());
    }

    public static SentenceContext sentenceWith(AnnotatedArticle article, String word, List<Quote> direct) {
        int s = article.tokens().get(firstToken(article.tokens(), word)).sentenceIndex();
        Sentence sentence = article.sentences().get(s);
        List<Token> tokens = article.tokensIn(sentence.begin(), sentence.end());
        return new SentenceContext(article, sentence, tokens, ClauseBounds.contentEnd(tokens), direct, new ArrayList<>(), LEXICONS,
                new ClauseBounds(LEXICONS));
    }

    /** Tagged: the listed words get these POS tags. */
    public static SentenceContext taggedSentenceWith(String text, String word, Map<String, String> tags) {
        return sentenceWith(TestAnnotator.annotate("t", text, tags), word, List.of());
    }

    /** The index in the sentence of the first token that is {@code word}. */
    public static int indexOf(SentenceContext s, String word) {
        return firstToken(s.tokens(), word);
    }

    /** What a sentence rule finds in the sentence holding {@code word}, or null. */
    public static ReportedCandidate findInSentence(ReportedRule rule, String text, String word) {
        return rule.apply(sentenceWith(text, word), -1).found();
    }

    public static String text(SentenceContext s, Span span) {
        return span == null ? null : span.of(s.article().text());
    }

    private static int firstToken(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no token '" + word + "' in " + tokens);
    }
}
