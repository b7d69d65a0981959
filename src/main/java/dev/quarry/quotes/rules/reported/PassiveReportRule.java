package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;

import static dev.quarry.quotes.QuoteWords.BE_FORMS;
import static dev.quarry.quotes.QuoteWords.PASSIVE_REPORTS;
import static dev.quarry.quotes.QuoteWords.PASSIVE_REPORT_ADVERBS;

/**
 * {@code The convention is expected to inject $200 million}, {@code He is said to favour ...}: PolNeAR
 * attributes the whole clause, subject and cue included, to no named source.
 */
public final class PassiveReportRule extends ReportedRule {

    public static final String NAME = "passive-report";

    public PassiveReportRule() {
        super(NAME, Scope.WORD, false);
    }

    @Override
    public Outcome<ReportedCandidate> apply(SentenceContext s, int c) {
        if (!PASSIVE_REPORTS.contains(s.lower(c)) || c + 1 >= s.end() || !s.lower(c + 1).equals("to")) {
            return Outcome.pass();
        }
        int b = c - 1;
        while (b > 0 && PASSIVE_REPORT_ADVERBS.contains(s.lower(b))) {
            b--;
        }
        String be = b >= 0 ? s.lower(b) : "";
        if (b < 1 || !(BE_FORMS.contains(be) || be.equals("isn't") || be.equals("aren't") || be.equals("wasn't"))) {
            return Outcome.pass();
        }
        return Outcome.ifFound(WholeClause.around(s, b, c, NAME));
    }
}
