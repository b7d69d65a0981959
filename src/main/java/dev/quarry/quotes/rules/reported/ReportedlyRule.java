package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;

/** {@code Trump reportedly told aides ...}: the whole clause is attributed, to no named source. */
public final class ReportedlyRule extends ReportedRule {

    public static final String NAME = "reportedly";

    public ReportedlyRule() {
        super(NAME, Scope.WORD, false);
    }

    @Override
    public Outcome<ReportedCandidate> apply(SentenceContext s, int c) {
        return s.lower(c).equals("reportedly") ? Outcome.ifFound(WholeClause.around(s, c, c, NAME)) : Outcome.pass();
    }
}
