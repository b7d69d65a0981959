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

/** {@code "...," according to X}: the source follows "according to" right after the closing mark. */
public final class AccordingToAfterRule extends DirectRule {

    public static final String NAME = "according-to-after-mark";

    public AccordingToAfterRule() {
        super(NAME, Place.AFTER_MARK);
    }

    @Override
    public Outcome<Attribution> apply(DirectContext context) {
        AfterMarkWindow window = context.window();
        if (!window.accordingTo()) {
            return Outcome.pass();
        }
        List<Token> tokens = window.tokens();
        TokenRange speaker = SpeakerPhrases.nounPhraseAfter(tokens, 2);
        if (speaker == null) {
            return Outcome.claimed();
        }
        Span cue = new Span(tokens.get(0).begin(), tokens.get(1).end());
        return Outcome.of(new Attribution(cue, speaker.span(tokens), window.attributionEnd(speaker.last()), false, NAME));
    }
}
