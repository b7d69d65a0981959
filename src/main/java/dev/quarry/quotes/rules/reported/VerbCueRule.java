package dev.quarry.quotes.rules.reported;

import dev.quarry.text.Token;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;

/**
 * A broad cue from {@code verb-cues.txt} taken only where the tagger calls it a verb ("Trump wants to
 * ...", not "a call for"). A fallback, and only with POS tags.
 */
public final class VerbCueRule extends ReportedRule {

    public static final String NAME = "verb-cue";

    public VerbCueRule() {
        super(NAME, Scope.WORD, true, Need.POS);
    }

    @Override
    public Outcome<ReportedCandidate> apply(SentenceContext s, int c) {
        Token token = s.token(c);
        if (!s.lexicons().verbCues().contains(token.lower()) || !token.taggedVerb() || !token.lowerInitial()) {
            return Outcome.pass();
        }
        return Outcome.ifFound(StanceReading.read(s, c, false, NAME));
    }
}
