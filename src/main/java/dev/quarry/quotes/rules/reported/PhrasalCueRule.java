package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;

/**
 * A cue with its preposition from {@code phrasal-cues.tsv} ("pointed to", "called for"): the content
 * starts after the preposition. A fallback: asked even about a word an earlier rule claimed.
 */
public final class PhrasalCueRule extends ReportedRule {

    public static final String NAME = "phrasal-cue";

    public PhrasalCueRule() {
        super(NAME, Scope.WORD, true);
    }

    @Override
    public Outcome<ReportedCandidate> apply(SentenceContext s, int c) {
        if (!s.token(c).lowerInitial() || !s.followedByListed(s.lexicons().phrasalCues(), c)) {
            return Outcome.pass();
        }
        return Outcome.ifFound(StanceReading.read(s, c, true, NAME));
    }
}
