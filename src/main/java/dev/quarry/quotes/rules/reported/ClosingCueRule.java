package dev.quarry.quotes.rules.reported;

import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.ClauseBounds;
import dev.quarry.quotes.text.CueSubject;
import dev.quarry.quotes.text.SpeakerPhrases;
import dev.quarry.quotes.text.TokenShapes;
import dev.quarry.quotes.text.WordCounts;

import java.util.List;

import static dev.quarry.quotes.QuoteWords.ATTRIBUTION_ADJUNCTS;

/**
 * {@code CONTENT, X said.} and {@code CONTENT, said X.}: the attribution closes the sentence. Also
 * {@code The plan, he said, is dead}, where content goes on after a second comma. Not when what is
 * before the comma only introduces the sentence ("Despite the sheen, officials said they ...").
 */
public final class ClosingCueRule extends SpeechCueRule {

    public static final String NAME = "closing-cue";
    private static final int MIN_CONTENT_WORDS = 3;

    public ClosingCueRule() {
        super(NAME);
    }

    @Override
    Outcome<ReportedCandidate> read(SentenceContext s, int c, CueSubject around) {
        List<Token> tokens = s.tokens();
        int end = s.end();
        boolean commaAfterCue = c + 1 < end && TokenShapes.isComma(tokens.get(c + 1));
        boolean opensOwnClause = around.wordsAfter() >= MIN_CONTENT_WORDS && !commaAfterCue
                && (ClauseBounds.introductoryBefore(tokens, c) || ClauseBounds.clauseFollows(tokens, c + 1, end));
        if (around.wordsAfter() > ParentheticalCueRule.SHORT_TAIL_WORDS
                || !(around.commaBeforeSpeaker() || around.commaRightBeforeCue()) || opensOwnClause) {
            return Outcome.pass();
        }
        boolean inverted = around.commaRightBeforeCue();
        Span speaker = inverted ? SpeakerPhrases.after(tokens, c + 1, end) : around.speaker().span(tokens);
        if (inverted && speaker != null && c + 1 < end && !SpeakerPhrases.canOpen(tokens.get(c + 1))) {
            speaker = null; // "..., declared bankruptcy": an object, not an inverted speaker
        }
        if (speaker == null) {
            return Outcome.pass();
        }
        return Outcome.ifFound(closing(s, c, inverted ? c - 1 : around.speaker().first() - 1, speaker, inverted));
    }

    private static ReportedCandidate closing(SentenceContext s, int c, int comma, Span speaker, boolean inverted) {
        List<Token> tokens = s.tokens();
        int end = s.end();
        int contentStart = ClauseBounds.sentenceStartAfterLeadingQuote(tokens, s.sentence());
        int before = WordCounts.inside(tokens, contentStart, tokens.get(comma).begin());
        // 'may be "strategic," said X': a closing mark glued to the comma closes the content.
        int contentEnd = tokens.get(comma).text().equals(",") ? tokens.get(comma).begin() : tokens.get(comma).end();
        int after = ClauseBounds.indexAfterSpeakerAndCue(tokens, c, speaker);
        // "The plan, he said, is dead" / "Trump, Sexton said, has created ...": content goes on after a second comma.
        // Not when what follows the comma is the attribution's own adjunct ("..., he said, on condition of anonymity").
        if (!inverted && before >= 1 && after < tokens.size() && tokens.get(after).text().equals(",")
                && WordCounts.between(tokens, after + 1, end) >= MIN_CONTENT_WORDS
                && !(after + 1 < end && ATTRIBUTION_ADJUNCTS.contains(tokens.get(after + 1).lower()))) {
            return s.candidate(new Span(contentStart, tokens.get(end - 1).end()), tokens.get(c).span(), speaker, false, NAME);
        }
        if (before >= MIN_CONTENT_WORDS) {
            return s.candidate(new Span(contentStart, contentEnd), tokens.get(c).span(), speaker, false, NAME);
        }
        return null;
    }
}
