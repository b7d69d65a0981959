package dev.quarry.quotes.rules.reported;

import dev.quarry.text.Token;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.WordCounts;

import java.util.List;

import static dev.quarry.quotes.QuoteWords.NOT_REPORTING;

/** {@code Glenn Beck Says Trump, 'Alt Right' Pose A Threat}: a headline in title case with a capitalised cue. */
public final class TitleCaseHeadlineRule extends ReportedRule {

    public static final String NAME = "title-case-headline";

    public TitleCaseHeadlineRule() {
        super(NAME, Scope.SENTENCE, false);
    }

    @Override
    public Outcome<ReportedCandidate> apply(SentenceContext s, int word) {
        if (!s.opensParagraph() || !titleCase(s.tokens(), s.end())) {
            return Outcome.pass();
        }
        List<Token> tokens = s.tokens();
        int end = s.end();
        for (int c = 1; c < Math.min(end - 2, 8); c++) {
            Token t = tokens.get(c);
            if (!t.capitalised() || tokens.get(c - 1).punctuation()) {
                continue;
            }
            String lemma = s.lexicons().cues().get(t.text());
            boolean cue = (lemma != null && !NOT_REPORTING.contains(lemma)) || s.lexicons().broadCues().contains(t.text());
            if (cue && t.text().endsWith("s") && WordCounts.between(tokens, c + 1, end) >= 2) {
                return Outcome.ifFound(s.candidate(s.span(c + 1, end - 1), t.span(), s.span(0, c - 1), false, NAME));
            }
        }
        return Outcome.pass();
    }

    /** At least four words, seven in ten of them capitalised (or numbers). */
    private static boolean titleCase(List<Token> tokens, int end) {
        int words = 0;
        int capitalised = 0;
        for (int k = 0; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.punctuation()) {
                words++;
                if (t.capitalised() || Character.isDigit(t.text().charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 4 && capitalised >= 0.7 * words;
    }
}
