package dev.quarry.quotes.rules.reported;

import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.ClauseBounds;
import dev.quarry.quotes.text.CueSubject;
import dev.quarry.quotes.text.WordCounts;

import java.util.List;

/**
 * {@code In the long run, many economists say, this effect could ripple ...}: an attribution set off by
 * commas inside one long statement, which is the whole sentence.
 */
public final class ParentheticalCueRule extends SpeechCueRule {

    public static final String NAME = "parenthetical-cue";
    /** More words than this after the cue make the statement go on past the attribution. */
    static final int SHORT_TAIL_WORDS = 8;

    public ParentheticalCueRule() {
        super(NAME);
    }

    @Override
    Outcome<ReportedCandidate> read(SentenceContext s, int c, CueSubject around) {
        if (!around.commaBeforeSpeaker() || around.wordsAfter() <= SHORT_TAIL_WORDS) {
            return Outcome.pass();
        }
        List<Token> tokens = s.tokens();
        Span speaker = around.speaker().span(tokens);
        int after = ClauseBounds.indexAfterSpeakerAndCue(tokens, c, speaker);
        int contentStart = ClauseBounds.sentenceStartAfterLeadingQuote(tokens, s.sentence());
        int before = WordCounts.inside(tokens, contentStart, tokens.get(around.speaker().first() - 1).begin());
        if (before >= 1 && after < s.end() && tokens.get(after).text().equals(",")) {
            Span content = new Span(contentStart, tokens.get(s.end() - 1).end());
            return Outcome.ifFound(s.candidate(content, s.token(c).span(), speaker, false, NAME));
        }
        return Outcome.pass();
    }
}
