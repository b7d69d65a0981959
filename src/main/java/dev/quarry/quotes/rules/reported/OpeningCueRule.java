package dev.quarry.quotes.rules.reported;

import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.text.TokenRange;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.ClauseBounds;
import dev.quarry.quotes.text.CueSubject;
import dev.quarry.quotes.text.SpeakerPhrases;
import dev.quarry.quotes.text.TokenShapes;
import dev.quarry.quotes.text.WordCounts;

import java.util.List;

import static dev.quarry.quotes.QuoteWords.ADJUNCT_PREPOSITIONS;
import static dev.quarry.quotes.QuoteWords.ANSWER_WORDS;
import static dev.quarry.quotes.QuoteWords.CONTENT_CANNOT_START;
import static dev.quarry.quotes.QuoteWords.FINITE_BEFORE_THAT;
import static dev.quarry.quotes.QuoteWords.INFINITIVE_LEMMAS;
import static dev.quarry.quotes.QuoteWords.PREPOSITIONS_AFTER_CUE;
import static dev.quarry.quotes.QuoteWords.SUBJECT_PRONOUNS;
import static dev.quarry.quotes.QuoteWords.TELL_LEMMAS;
import static dev.quarry.quotes.QuoteWords.WARNING_LEMMAS;

/**
 * {@code X said (on Tuesday) (that) CONTENT}, {@code X told reporters (that) CONTENT}: content after the
 * cue, to the end of its clause. A participle ({@code ..., adding that ...}) or a conjoined cue
 * ({@code ... and said that ...}) takes the speaker of the sentence's earlier attribution or its subject.
 * A speech cue whose subject was not found still attributes its content (PolNeAR counts it).
 */
public final class OpeningCueRule extends SpeechCueRule {

    public static final String NAME = "opening-cue";
    private static final int MIN_CONTENT_WORDS = 3;
    /** How far after the cue a "that" is taken for its complementizer ("said on Tuesday in a statement that"). */
    private static final int THAT_WINDOW = 13;

    public OpeningCueRule() {
        super(NAME);
    }

    @Override
    Outcome<ReportedCandidate> read(SentenceContext s, int c, CueSubject around) {
        return Outcome.of(find(s, c, around));
    }

    private static ReportedCandidate find(SentenceContext s, int c, CueSubject around) {
        List<Token> tokens = s.tokens();
        String lemma = s.lexicons().cues().get(s.token(c).text());
        int end = s.end();
        int that = thatAfter(s, c);
        int from = that > 0 ? that : startWithoutThat(s, c, lemma);
        // "warned of / against / about ...": the warning is what follows. ("writes about X" names a topic, not a claim.)
        if (from < end && that < 0 && WARNING_LEMMAS.contains(lemma) && PREPOSITIONS_AFTER_CUE.contains(s.lower(from))) {
            from++;
        }
        if (from >= end) {
            return null;
        }
        boolean infinitive = s.lower(from).equals("to") && INFINITIVE_LEMMAS.contains(lemma);
        end = s.bounds().contentEndFrom(tokens, from, end);
        if (around.speaker() != null) {
            end = ClauseBounds.subordinateEnd(tokens, around.speaker().first(), from, end);
        }
        int words = WordCounts.between(tokens, from, end);
        if (words < MIN_CONTENT_WORDS) {
            return null;
        }
        Token first = tokens.get(from);
        boolean longAnswer = ANSWER_WORDS.contains(first.lower()) && words >= 4;
        if (first.punctuation() || (CONTENT_CANNOT_START.contains(first.lower()) && !infinitive && !longAnswer)) {
            return null;
        }
        return s.candidate(new Span(first.begin(), tokens.get(end - 1).end()), s.token(c).span(), speaker(s, c, around), false, NAME);
    }

    /** A "that" within a few words of the cue, past adverbials ("for the second debate that"); -1 if none. */
    private static int thatAfter(SentenceContext s, int c) {
        for (int k = c + 1; k < Math.min(s.end(), c + THAT_WINDOW); k++) {
            Token t = s.token(k);
            String w = t.lower();
            if (w.equals("that")) {
                return k;
            }
            if (t.punctuation() || s.lexicons().reportingCue(t) || t.quoteMark() || TokenShapes.participle(t) || FINITE_BEFORE_THAT.contains(w)) {
                return -1; // "said some of the criticism is due to the fact that ...": that "that" is inside the content
            }
        }
        return -1;
    }

    /** Where content starts with no "that": after the addressee of "told", or at the subject after an adjunct. */
    private static int startWithoutThat(SentenceContext s, int c, String lemma) {
        int end = s.end();
        if (TELL_LEMMAS.contains(lemma)) {
            return ClauseBounds.skipObject(s.tokens(), c + 1, end);
        }
        if (c + 1 < end && ADJUNCT_PREPOSITIONS.contains(s.lower(c + 1))) {
            // "Trump said after the convention he would not ...": the clause starts at its subject pronoun.
            for (int k = c + 2; k < Math.min(end, c + 9); k++) {
                if (s.token(k).punctuation()) {
                    break;
                }
                if (SUBJECT_PRONOUNS.contains(s.lower(k))) {
                    return k;
                }
            }
        }
        return c + 1;
    }

    private static Span speaker(SentenceContext s, int c, CueSubject around) {
        List<Token> tokens = s.tokens();
        Token cue = tokens.get(c);
        Span speaker = around.speaker() == null ? null : around.speaker().span(tokens);
        boolean conjoined = c > 0 && s.lower(c - 1).equals("and");
        if (speaker == null && (cue.text().endsWith("ing") || conjoined)) {
            // "..., adding that ..." / "... and said that ...": the speaker of this sentence's earlier
            // attribution, reported or direct.
            speaker = SpeakerPhrases.earlierSpeaker(s.earlier(), s.sentence().index());
            for (Quote q : s.direct()) {
                if (speaker == null && q.speakerStart() != null && q.speakerStart() >= s.sentence().begin() && q.speakerEnd() <= cue.begin()) {
                    speaker = new Span(q.speakerStart(), q.speakerEnd());
                }
            }
        }
        if (speaker == null && around.participleAfterComma()) {
            // "Trump attacked Clinton over Libya, saying that ...": the subject of the clause the participle hangs from.
            TokenRange subject = SpeakerPhrases.subjectOfLastVerb(tokens, c - 1);
            speaker = subject == null ? null : subject.span(tokens);
        }
        if (speaker == null && (conjoined || around.participleAfterComma())) {
            speaker = SpeakerPhrases.sentenceSubject(tokens, c);
        }
        return speaker;
    }
}
