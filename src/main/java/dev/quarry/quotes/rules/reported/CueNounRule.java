package dev.quarry.quotes.rules.reported;

import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.TokenShapes;
import dev.quarry.quotes.text.WordCounts;

import java.util.List;

import static dev.quarry.quotes.QuoteWords.POSSESSIVE_OWNERS;
import static dev.quarry.quotes.QuoteWords.POSSESSIVE_PRONOUNS;

/**
 * {@code Trump's claim that CONTENT}, {@code her attacks on CONTENT}: a cue noun ({@code cue-nouns.tsv})
 * with its possessor as the speaker; without one there is no attribution. A preposition after the noun
 * belongs to the cue, "that" to the content.
 */
public final class CueNounRule extends ReportedRule {

    public static final String NAME = "cue-noun";
    private static final int MIN_CONTENT_WORDS = 3;

    public CueNounRule() {
        super(NAME, Scope.WORD, false);
    }

    @Override
    public Outcome<ReportedCandidate> apply(SentenceContext s, int c) {
        if (!s.token(c).lowerInitial() || !s.followedByListed(s.lexicons().cueNouns(), c)) {
            return Outcome.pass();
        }
        int p = c - 1;
        if (p >= 0 && POSSESSIVE_PRONOUNS.contains(s.lower(p))) {
            return Outcome.of(ownedByPronoun(s, c, p));
        }
        return Outcome.of(ownedByName(s, c));
    }

    /** "his claim that ...": the pronoun is the speaker; the cue runs to the word before the content. */
    private static ReportedCandidate ownedByPronoun(SentenceContext s, int c, int p) {
        int from = s.lower(c + 1).equals("that") ? c + 1 : c + 2;
        int end = s.end();
        if (from >= end) {
            return null;
        }
        int contentEnd = s.bounds().contentEndFrom(s.tokens(), from, end);
        if (WordCounts.between(s.tokens(), from, contentEnd) < 1 || s.token(from).punctuation()) {
            return null;
        }
        return s.candidate(s.span(from, contentEnd - 1), new Span(s.token(c).begin(), s.token(from - 1).end()),
                s.token(p).span(), false, NAME);
    }

    /** "Trump's claim that ...": up to five capitalised words before the possessive are the speaker. */
    private static ReportedCandidate ownedByName(SentenceContext s, int c) {
        List<Token> tokens = s.tokens();
        int p = c - 1;
        if (p < 1 || !TokenShapes.isPossessiveS(tokens.get(p))) {
            String t = p >= 0 ? tokens.get(p).text() : "";
            if (p >= 0 && (t.endsWith("'s") || t.endsWith("\u2019s")) && t.length() > 2) {
                p++; // the tokenizer kept "Trump's" whole
            } else {
                return null;
            }
        }
        int nameEnd = p - 1;
        int nameStart = nameEnd;
        while (nameStart > 0 && Character.isUpperCase(tokens.get(nameStart - 1).text().charAt(0)) && nameEnd - nameStart < 4) {
            nameStart--;
        }
        Token last = tokens.get(nameEnd);
        if (!Character.isUpperCase(last.text().charAt(0)) && !POSSESSIVE_OWNERS.contains(last.lower())) {
            return null;
        }
        boolean that = s.lower(c + 1).equals("that");
        int from = that ? c + 1 : c + 2;
        int end = s.end();
        if (from >= end) {
            return null;
        }
        int contentEnd = s.bounds().contentEndFrom(tokens, from, end);
        if (that ? WordCounts.between(tokens, from + 1, contentEnd) < MIN_CONTENT_WORDS : WordCounts.between(tokens, from, contentEnd) < 1) {
            return null;
        }
        int speakerEnd = p < c ? tokens.get(p).end() : tokens.get(nameEnd).end();
        return s.candidate(s.span(from, contentEnd - 1), tokens.get(c).span(), new Span(tokens.get(nameStart).begin(), speakerEnd), false, NAME);
    }
}
