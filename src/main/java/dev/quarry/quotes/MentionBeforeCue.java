package dev.quarry.quotes;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Sentence;
import dev.quarry.text.Token;

import java.util.List;

/**
 * A quote's speaker mention that stands before its cue and its quote, in the tokens of the mention's
 * sentence: what the mention corrections ({@link PredicateMentions}, {@link PrepositionObjectMentions})
 * read. After the cue or the quote a mention is the rules' inverted form ("said retired neurosurgeon
 * Ben Carson"), which they leave alone.
 *
 * @param tokens the sentence's tokens
 * @param base   the article index of the sentence's first token
 * @param first  the sentence index of the mention's first token
 */
record MentionBeforeCue(AnnotatedArticle article, List<Token> tokens, int base, int first) {

    /** The mention of {@code q} read this way, or null when it has none or it stands after its cue or quote. */
    static MentionBeforeCue of(AnnotatedArticle article, Quote q) {
        if (q.speakerStart() == null || q.speakerEnd() == null || q.cueStart() == null || q.speakerEnd() > q.cueStart()
                || q.speakerEnd() > q.start()) {
            return null;
        }
        int index = article.sentenceIndexAt(q.speakerStart());
        if (index < 0 || !article.sentences().get(index).contains(q.speakerStart())) {
            return null;
        }
        Sentence sentence = article.sentences().get(index);
        List<Token> tokens = article.tokensIn(sentence.begin(), sentence.end());
        int base = article.firstTokenAtOrAfter(sentence.begin());
        int first = article.firstTokenAtOrAfter(q.speakerStart()) - base;
        if (first >= tokens.size() || tokens.get(first).begin() >= q.speakerEnd()) {
            return null;
        }
        return new MentionBeforeCue(article, tokens, base, first);
    }

    /** Whether the tokens of {@code range} hold a finite verb or a modal: a clause, not a noun phrase. */
    static boolean holdsVerb(List<Token> tokens, dev.quarry.text.TokenRange range) {
        for (int i = range.first(); i <= range.last(); i++) {
            if (tokens.get(i).finiteVerb() || "MD".equals(tokens.get(i).pos())) {
                return true;
            }
        }
        return false;
    }

    /** The sentence index of the first token at or after a character offset. */
    int tokenAt(int offset) {
        return article.firstTokenAtOrAfter(offset) - base;
    }
}
