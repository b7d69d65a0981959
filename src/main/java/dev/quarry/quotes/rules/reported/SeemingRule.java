package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.TokenShapes;
import dev.quarry.quotes.text.WordCounts;

import static dev.quarry.quotes.QuoteWords.AUXILIARIES;
import static dev.quarry.quotes.QuoteWords.NOT_SEEMING_AFTER;
import static dev.quarry.quotes.QuoteWords.SEEMING;

/**
 * {@code Enthusiasm for Clinton appears to have plummeted}: PolNeAR attributes the whole clause to no
 * named source; {@code It appears that ...} attributes the "that" clause.
 */
public final class SeemingRule extends ReportedRule {

    public static final String NAME = "seeming";
    private static final int MIN_CONTENT_WORDS = 3;

    public SeemingRule() {
        super(NAME, Scope.WORD, false);
    }

    @Override
    public Outcome<ReportedCandidate> apply(SentenceContext s, int c) {
        if (!SEEMING.contains(s.lower(c)) || !s.token(c).lowerInitial()) {
            return Outcome.pass();
        }
        return Outcome.ifFound(find(s, c));
    }

    private static ReportedCandidate find(SentenceContext s, int c) {
        int end = s.end();
        if (c + 1 >= end || c == 0) {
            return null;
        }
        String next = s.lower(c + 1);
        if (next.equals("that") || next.equals("likely")) {
            int contentEnd = s.bounds().contentEndFrom(s.tokens(), c + 1, end);
            if (WordCounts.between(s.tokens(), c + 2, contentEnd) < MIN_CONTENT_WORDS) {
                return null;
            }
            return s.candidate(s.span(c + 1, contentEnd - 1), s.token(c).span(), null, false, NAME);
        }
        if (NOT_SEEMING_AFTER.contains(next) || s.token(c + 1).punctuation() || s.token(c + 1).capitalised()) {
            return null;
        }
        int b = c;
        while (b > 0 && (AUXILIARIES.contains(s.lower(b - 1)) || TokenShapes.adverb(s.token(b - 1)))) {
            b--;
        }
        return WholeClause.around(s, b, c, NAME);
    }
}
