package dev.quarry.quotes.rules.reported;

import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.TokenShapes;
import dev.quarry.quotes.text.WordCounts;

import java.util.List;

/**
 * {@code According to X, CONTENT.}, {@code CONTENT, according to X.} and {@code CONTENT, according to X,
 * CONTENT.} (the attribution interrupts one statement, which then runs over the whole sentence).
 */
public final class AccordingToRule extends ReportedRule {

    public static final String NAME = "according-to";
    private static final int MIN_CONTENT_WORDS = 3;
    /** Sources run long ("early results of exit polls conducted by Edison Research for the Associated Press"). */
    private static final int MAX_SOURCE_TOKENS = 30;

    public AccordingToRule() {
        super(NAME, Scope.WORD, false);
    }

    @Override
    public Outcome<ReportedCandidate> apply(SentenceContext s, int c) {
        if (!s.lower(c).equals("according") || c + 1 >= s.tokens().size() || !s.lower(c + 1).equals("to")) {
            return Outcome.pass();
        }
        return Outcome.of(find(s, c));
    }

    private static ReportedCandidate find(SentenceContext s, int c) {
        List<Token> tokens = s.tokens();
        int end = s.end();
        int speakerFrom = c + 2;
        int k = speakerFrom;
        // The source runs up to the next comma or dash.
        while (k < end && (!tokens.get(k).punctuation() || TokenShapes.isApostrophe(tokens.get(k))) && k - speakerFrom < MAX_SOURCE_TOKENS) {
            k++;
        }
        if (k == speakerFrom || (k < end && !tokens.get(k).punctuation())) {
            return null;
        }
        Span speaker = s.span(speakerFrom, k - 1);
        int first = 0;
        while (first < c && tokens.get(first).punctuation()) {
            first++;
        }
        boolean commaAfterSource = k < end && tokens.get(k).text().equals(",");
        boolean contentAfter = commaAfterSource && WordCounts.between(tokens, k + 1, end) >= MIN_CONTENT_WORDS;
        Span content;
        if (c == first) {
            if (!contentAfter) {
                return null;
            }
            content = s.span(k + 1, end - 1);
        } else {
            int before = c;
            while (before > first && tokens.get(before - 1).punctuation()) {
                before--;
            }
            if (before == c && !tokens.get(c - 1).text().equals(",")) {
                return null; // "... varies according to the season": not an attribution
            }
            if (WordCounts.between(tokens, first, before) < MIN_CONTENT_WORDS && !contentAfter) {
                return null;
            }
            content = s.span(first, contentAfter ? end - 1 : before - 1);
        }
        return s.candidate(content, s.span(c, c + 1), speaker, false, NAME);
    }
}
