package dev.quarry.quotes.rules.reported;

import dev.quarry.text.Token;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;

import static dev.quarry.quotes.QuoteWords.BROAD_NOT_REPORTING;

/**
 * A stance or plan from {@code broad-cues.txt} ("criticized", "declined", "vowed"), or a naming cue
 * PolNeAR counts ("called him divisive"), with a subject: see {@link StanceReading}.
 */
public final class BroadCueRule extends ReportedRule {

    public static final String NAME = "broad-cue";

    public BroadCueRule() {
        super(NAME, Scope.WORD, false);
    }

    @Override
    public Outcome<ReportedCandidate> apply(SentenceContext s, int c) {
        Token token = s.token(c);
        boolean cue = s.lexicons().broadCues().contains(token.text())
                || BROAD_NOT_REPORTING.contains(String.valueOf(s.lexicons().cues().get(token.text())));
        if (!cue || !token.lowerInitial()) {
            return Outcome.pass();
        }
        return Outcome.of(StanceReading.read(s, c, false, NAME));
    }
}
