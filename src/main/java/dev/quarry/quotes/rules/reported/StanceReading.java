package dev.quarry.quotes.rules.reported;

import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.text.TokenRange;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.ClauseBounds;
import dev.quarry.quotes.text.SpeakerPhrases;
import dev.quarry.quotes.text.WordCounts;

import java.util.List;

import static dev.quarry.quotes.QuoteWords.BE_FORMS;
import static dev.quarry.quotes.QuoteWords.CUE_PREPOSITIONS;
import static dev.quarry.quotes.QuoteWords.DETERMINERS;
import static dev.quarry.quotes.QuoteWords.PARTICLES;

/**
 * How the broad-cue rules read a stance, plan or judgement ("Trump criticized X for Y", "She declined to
 * comment", "..., calling it a disgrace"): content is what follows the cue up to the clause's end; without
 * a subject (or the main clause's, for a participle after a comma) there is no attribution. The candidate
 * is marked broad.
 */
final class StanceReading {

    private StanceReading() {
    }

    /** @param phrasal the cue is the word and the preposition after it ("called for", "referring to") */
    static ReportedCandidate read(SentenceContext s, int c, boolean phrasal, String rule) {
        List<Token> tokens = s.tokens();
        Token cue = tokens.get(c);
        if (c > 0 && s.lower(c - 1).equals("to")) {
            return null; // "Asked to describe the device": an infinitive, not a finite cue
        }
        String next = c + 1 < s.end() ? s.lower(c + 1) : "";
        if (("continue".equals(s.lexicons().cues().get(cue.text())) && next.equals("to")) || next.startsWith("delegate")) {
            return null; // "Ethiopia continues to occupy ...", "pledged delegates": not attributions
        }
        Source source = source(s, c);
        if (source == null) {
            return null;
        }
        int from = contentStart(s, c, phrasal);
        if (from >= s.end() || tokens.get(from).punctuation() || PARTICLES.contains(s.lower(from))) {
            return null; // "showed up", "called off": a phrasal verb, not a cue
        }
        int contentEnd = s.bounds().contentEndFrom(tokens, from, s.end());
        if (source.subject() != null) {
            contentEnd = ClauseBounds.subordinateEnd(tokens, source.subject().first(), from, contentEnd);
        }
        contentEnd = ClauseBounds.objectEnd(tokens, from, contentEnd);
        if (WordCounts.between(tokens, from, contentEnd) < 1) {
            return null;
        }
        Span cueSpan = new Span(cue.begin(), phrasal ? tokens.get(c + 1).end() : cue.end());
        return s.candidate(s.span(from, contentEnd - 1), cueSpan, source.speaker(), true, rule);
    }

    /** Who holds the stance: {@code speaker} null means an attribution with no source ("The attacks on ..."). */
    private record Source(Span speaker, TokenRange subject) {
    }

    /** The stance's source, or null when there is no attribution (passive, a bare participle, no subject). */
    private static Source source(SentenceContext s, int c) {
        List<Token> tokens = s.tokens();
        Token cue = tokens.get(c);
        boolean afterBe = c > 0 && BE_FORMS.contains(s.lower(c - 1));
        if (ClauseBounds.participleOfMainClause(tokens, c)) {
            Span speaker = SpeakerPhrases.earlierSpeaker(s.earlier(), s.sentence().index());
            if (speaker == null) {
                speaker = SpeakerPhrases.sentenceSubject(tokens, c);
            }
            return speaker == null ? null : new Source(speaker, null);
        }
        if (cue.text().endsWith("ing") && !afterBe) {
            return null; // "the growing calls": not a cue of its own, unlike "Trump is promising"
        }
        if (!cue.text().endsWith("ing") && c > 0 && (afterBe || s.lower(c - 1).equals("being"))) {
            return null; // passive: "he was criticized by libertarians" -- the subject did not say it
        }
        TokenRange subject = SpeakerPhrases.before(tokens, c);
        if (subject == null || !SpeakerPhrases.canOpen(tokens.get(subject.first()))) {
            return null;
        }
        // "The attacks on ...": an article alone starts a noun phrase; it names no speaker (a possessive,
        // "his", does). PolNeAR still counts such a stance as an attribution, with no source.
        boolean bareDeterminer = subject.size() == 1 && DETERMINERS.contains(s.lower(subject.first()));
        return new Source(bareDeterminer ? null : subject.span(tokens), subject);
    }

    private static int contentStart(SentenceContext s, int c, boolean phrasal) {
        int from = c + 1;
        if (phrasal) {
            return c + 2;
        }
        if (from < s.end() && s.lower(from).equals("that")) {
            return from + 1;
        }
        if (from < s.end() && CUE_PREPOSITIONS.contains(s.lower(from)) && !s.lower(from).equals("to")) {
            return from + 1;
        }
        return from;
    }
}
