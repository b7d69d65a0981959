package dev.quarry.quotes.rules;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Sentence;
import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteLexicons;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.text.ClauseBounds;

import java.util.List;

/**
 * One sentence as the reported-speech rules see it.
 *
 * @param tokens the sentence's tokens
 * @param end one past the last content token (the final punctuation excluded)
 * @param direct the article's quotes in quotation marks, already found
 * @param earlier reported speech found so far in the article, in order
 */
public record SentenceContext(AnnotatedArticle article, Sentence sentence, List<Token> tokens, int end, List<Quote> direct,
                              List<ReportedCandidate> earlier, QuoteLexicons lexicons, ClauseBounds bounds) {

    public Token token(int k) {
        return tokens.get(k);
    }

    /** The lower-cased word at {@code k}. */
    public String lower(int k) {
        return tokens.get(k).lower();
    }

    /** From the start of token {@code first} to the end of token {@code last}. */
    public Span span(int first, int last) {
        return new Span(tokens.get(first).begin(), tokens.get(last).end());
    }

    /** A candidate of this sentence. */
    public ReportedCandidate candidate(Span content, Span cue, Span speaker, boolean broad, String rule) {
        return new ReportedCandidate(content, cue, speaker, sentence.index(), broad, rule);
    }

    /** Whether the paragraph starts with this sentence's first token. */
    public boolean opensParagraph() {
        return !tokens.isEmpty() && tokens.get(0).begin() == article.paragraphs().get(sentence.paragraphIndex()).begin();
    }

    /** The word at {@code c} is in {@code lexicon} and the next word is one of those its entry lists ("attacks" -- "on,against"). */
    public boolean followedByListed(dev.quarry.text.Lexicon lexicon, int c) {
        String followers = lexicon.get(tokens.get(c).text());
        return followers != null && c + 1 < end && java.util.Arrays.asList(followers.split(",")).contains(tokens.get(c + 1).lower());
    }
}
