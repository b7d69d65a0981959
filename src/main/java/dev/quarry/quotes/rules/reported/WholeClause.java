package dev.quarry.quotes.rules.reported;

import dev.quarry.text.Span;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.ClauseBounds;
import dev.quarry.quotes.text.WordCounts;

/**
 * The clause around a cue as the content, its subject included, with no named source: PolNeAR's
 * reading of "Trump reportedly told aides ...", "Sanders seemed to ...", "X is expected to ...".
 */
final class WholeClause {

    private WholeClause() {
    }

    /** The clause around the cue at {@code c} whose verb group starts at {@code b}, or null. */
    static ReportedCandidate around(SentenceContext s, int b, int c, String rule) {
        int start = ClauseBounds.clauseStart(s.tokens(), b);
        if (start >= b) {
            return null;
        }
        int contentEnd = ClauseBounds.subordinateEnd(s.tokens(), start, c + 1, s.bounds().contentEndFrom(s.tokens(), c + 1, s.end()));
        if (WordCounts.between(s.tokens(), c + 1, contentEnd) < 1) {
            return null;
        }
        return s.candidate(s.span(start, contentEnd - 1), new Span(s.token(b).begin(), s.token(c).end()), null, false, rule);
    }
}
