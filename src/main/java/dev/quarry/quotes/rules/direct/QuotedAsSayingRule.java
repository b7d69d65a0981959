package dev.quarry.quotes.rules.direct;

import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.text.TokenRange;
import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.DirectRule;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.text.AfterMarkWindow;
import dev.quarry.quotes.text.SpeakerPhrases;

import java.util.List;

import static dev.quarry.quotes.QuoteWords.AS_SAYING;
import static dev.quarry.quotes.QuoteWords.AUXILIARIES;

/**
 * {@code "...," Y quoted X as saying} (X is the speaker, whatever stands before the cue) and the passive
 * {@code "...," X was quoted as saying} (the cue runs from the auxiliary to "saying").
 */
public final class QuotedAsSayingRule extends DirectRule {

    public static final String NAME = "quoted-as-saying";

    public QuotedAsSayingRule() {
        super(NAME, Place.AFTER_MARK);
    }

    @Override
    public Outcome<Attribution> apply(DirectContext context) {
        AfterMarkWindow window = context.window();
        int c = window.cueIndex();
        if (c < 0) {
            return Outcome.pass();
        }
        List<Token> tokens = window.tokens();
        Token cue = tokens.get(c);
        if (!context.lexicons().lemma(cue.text()).equals("quote")) {
            return Outcome.pass();
        }
        int as = -1;
        for (int k = c + 1; k + 1 < tokens.size() && k <= c + SpeakerPhrases.MAX_SPEAKER_TOKENS; k++) {
            if (tokens.get(k).lower().equals("as") && AS_SAYING.contains(tokens.get(k + 1).lower())) {
                as = k;
                break;
            }
        }
        if (as > c + 1) {
            Span speaker = new Span(tokens.get(c + 1).begin(), tokens.get(as - 1).end());
            return Outcome.of(new Attribution(cue.span(), speaker, window.attributionEnd(as + 1), false, NAME));
        }
        if (as == c + 1 && c > 0) {
            int cueBegin = cue.begin();
            int speakerLast = c - 1;
            if (AUXILIARIES.contains(tokens.get(speakerLast).lower())) {
                cueBegin = tokens.get(speakerLast).begin();
                speakerLast--;
            }
            TokenRange speaker = SpeakerPhrases.trimmed(tokens, 0, speakerLast);
            if (speaker == null) {
                return Outcome.claimed();
            }
            return Outcome.of(new Attribution(new Span(cueBegin, tokens.get(as + 1).end()), speaker.span(tokens),
                    window.attributionEnd(as + 1), false, NAME));
        }
        return Outcome.pass();
    }
}
