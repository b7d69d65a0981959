package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;

import static dev.quarry.quotes.QuoteWords.ASKED_INTRODUCERS;
import static dev.quarry.quotes.QuoteWords.QUESTION_OPENERS;

/** {@code Asked whether he would ..., Johnson demurred}: the question is attributed, its asker unnamed. */
public final class AskedQuestionRule extends ReportedRule {

    public static final String NAME = "asked-question";

    public AskedQuestionRule() {
        super(NAME, Scope.WORD, false);
    }

    @Override
    public Outcome<ReportedCandidate> apply(SentenceContext s, int c) {
        if (!s.lower(c).equals("asked")) {
            return Outcome.pass();
        }
        boolean opens = c == 0 || ASKED_INTRODUCERS.contains(s.lower(c - 1));
        int end = s.end();
        if (!opens || c + 1 >= end || !QUESTION_OPENERS.contains(s.lower(c + 1))) {
            return Outcome.pass();
        }
        int from = s.lower(c + 1).equals("about") ? c + 2 : c + 1;
        int to = from;
        while (to < end && !s.token(to).text().equals(",")) {
            to++;
        }
        if (to <= from) {
            return Outcome.pass();
        }
        return Outcome.ifFound(s.candidate(s.span(from, to - 1), s.token(c).span(), null, false, NAME));
    }
}
