package dev.quarry.quotes.rules.reported;

import dev.quarry.text.Token;
import dev.quarry.quotes.ReportedCandidate;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.TokenShapes;
import dev.quarry.quotes.text.WordCounts;

import java.util.List;

/**
 * A paragraph that opens with a capitalised name and a colon: headlines ("Clinton: I support D.C.
 * statehood", "Poll: Trump and Clinton hold narrow leads") and transcripts ("Q: ...", "PENCE: ...").
 * The colon is the cue; everything before it is the source. Labels such as "BYLINE:" are not.
 */
public final class NameColonHeadlineRule extends ReportedRule {

    public static final String NAME = "name-colon-headline";
    private static final int MAX_HEADLINE_NAME_TOKENS = 8;

    public NameColonHeadlineRule() {
        super(NAME, Scope.SENTENCE, false);
    }

    @Override
    public Outcome<ReportedCandidate> apply(SentenceContext s, int word) {
        if (!s.opensParagraph()) {
            return Outcome.pass();
        }
        List<Token> tokens = s.tokens();
        int end = s.end();
        int colon = -1;
        for (int k = 0; k < Math.min(end, MAX_HEADLINE_NAME_TOKENS + 1); k++) {
            Token t = tokens.get(k);
            if (t.text().equals(":")) {
                colon = k;
                break;
            }
            if (!mayStandInName(t)) {
                return Outcome.pass();
            }
        }
        if (colon <= 0 || (colon == 1 && tokens.get(0).text().length() == 1) || WordCounts.between(tokens, colon + 1, end) < 2
                || tokens.get(colon + 1).quoteMark()) {
            return Outcome.pass();
        }
        if (s.lexicons().metadataLabels().contains(s.span(0, colon - 1).of(s.article().text()))) {
            return Outcome.pass(); // "BYLINE: Amber Phillips"
        }
        return Outcome.ifFound(s.candidate(s.span(colon + 1, end - 1), tokens.get(colon).span(), s.span(0, colon - 1), false, NAME));
    }

    private static boolean mayStandInName(Token token) {
        String t = token.text();
        boolean capitalised = Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0));
        return capitalised || t.equals(".") || t.equals("(") || t.equals(")") || t.equals("-") || TokenShapes.isApostrophe(token)
                || TokenShapes.isPossessiveS(token);
    }
}
