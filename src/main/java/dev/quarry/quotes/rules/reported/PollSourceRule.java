package dev.quarry.quotes.rules.reported;

import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.ClauseBounds;
import dev.quarry.quotes.text.TokenShapes;
import dev.quarry.quotes.text.WordCounts;
import dev.quarry.text.Span;
import dev.quarry.text.Token;

import java.util.List;

import static dev.quarry.quotes.QuoteWords.BOUNDARY_WORDS;
import static dev.quarry.quotes.QuoteWords.POLL_NOUNS;
import static dev.quarry.quotes.QuoteWords.PREPOSITIONS;

/**
 * A finding framed by the poll that found it: {@code Trump has a decisive lead in a CNN national poll}
 * and {@code In a Des Moines Register poll last month, Cruz had a 10-point lead}. PolNeAR attributes
 * the finding to the poll, with "in" as the cue. The source is the noun phrase from after "in" to the
 * poll noun, with no preposition, conjunction or participle in it ("in five states going to the polls"
 * is about voting); the finding is the clause before "in", or what follows the comma after an opening
 * "In ... poll". Marked broad: a speech cue over the same statement wins.
 */
public final class PollSourceRule extends ReportedRule {

    public static final String NAME = "poll-source";
    /** Longest run from "in" to the poll noun, in tokens ("in the latest CNN/ORC International poll"). */
    private static final int MAX_TO_POLL_NOUN = 8;
    /** Most tokens between the poll noun and the comma after an opening "In ... poll" ("last month"). */
    private static final int MAX_TAIL = 6;
    private static final int MIN_CONTENT_WORDS = 3;

    public PollSourceRule() {
        super(NAME, Scope.WORD, false);
    }

    @Override
    public Outcome<ReportedCandidate> apply(SentenceContext s, int c) {
        if (!s.lower(c).equals("in")) {
            return Outcome.pass();
        }
        int poll = pollNoun(s.tokens(), c, s.end());
        if (poll < 0) {
            return Outcome.pass();
        }
        return Outcome.ifFound(opensSentence(s.tokens(), c) ? opening(s, c, poll) : closing(s, c, poll));
    }

    /** The poll noun ending the noun phrase after "in"; -1 if there is none. */
    private static int pollNoun(List<Token> tokens, int c, int end) {
        for (int k = c + 1; k < Math.min(end, c + 1 + MAX_TO_POLL_NOUN); k++) {
            Token t = tokens.get(k);
            if (POLL_NOUNS.contains(t.lower())) {
                return k;
            }
            if (t.punctuation() || BOUNDARY_WORDS.contains(t.lower()) || PREPOSITIONS.contains(t.lower()) || TokenShapes.participle(t)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean opensSentence(List<Token> tokens, int c) {
        for (int k = 0; k < c; k++) {
            if (!tokens.get(k).punctuation()) {
                return false;
            }
        }
        return true;
    }

    /** "In a CBS News poll, she led Mr. Sanders 56 percent to 32 percent." */
    private static ReportedCandidate opening(SentenceContext s, int c, int poll) {
        int comma = poll + 1;
        while (comma < s.end() && !s.token(comma).text().equals(",")) {
            comma++;
        }
        if (comma >= s.end() - 1 || comma - poll > MAX_TAIL + 1 || WordCounts.between(s.tokens(), comma + 1, s.end()) < MIN_CONTENT_WORDS) {
            return null;
        }
        return s.candidate(s.span(comma + 1, s.end() - 1), s.token(c).span(), s.span(c + 1, comma - 1), true, NAME);
    }

    /** "Trump has a decisive lead in the polls ahead of the primary." */
    private static ReportedCandidate closing(SentenceContext s, int c, int poll) {
        int start = ClauseBounds.clauseStart(s.tokens(), c);
        if (WordCounts.between(s.tokens(), start, c) < MIN_CONTENT_WORDS) {
            return null;
        }
        Span content = s.span(start, ClauseBounds.trimPunctuation(s.tokens(), start, c) - 1);
        return s.candidate(content, s.token(c).span(), s.span(c + 1, poll), true, NAME);
    }
}
