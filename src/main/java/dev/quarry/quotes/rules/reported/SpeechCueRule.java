package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.CueSubject;

/**
 * The rules that read a speech cue from {@code cues.tsv} ("said", "told", "argued"), written in lower
 * case and not a naming cue ("called"): each gets the cue's surroundings, worked out the same way.
 */
abstract class SpeechCueRule extends ReportedRule {

    SpeechCueRule(String name) {
        super(name, Scope.WORD, false);
    }

    @Override
    public final Outcome<ReportedCandidate> apply(SentenceContext s, int c) {
        if (!s.lexicons().reportingCue(s.token(c))) {
            return Outcome.pass();
        }
        return read(s, c, CueSubject.of(s.tokens(), c, s.end()));
    }

    abstract Outcome<ReportedCandidate> read(SentenceContext s, int c, CueSubject around);
}
