package dev.quarry.quotes.rules.direct;

import dev.quarry.text.Token;
import dev.quarry.text.TokenRange;
import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.DirectRule;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.text.AfterMarkWindow;
import dev.quarry.quotes.text.SpeakerPhrases;

import java.util.List;

/** {@code "...," said Jane Doe, a spokeswoman.}: the cue right after the mark, the speaker after it. */
public final class CueThenSpeakerRule extends DirectRule {

    public static final String NAME = "cue-then-speaker";

    public CueThenSpeakerRule() {
        super(NAME, Place.AFTER_MARK);
    }

    @Override
    public Outcome<Attribution> apply(DirectContext context) {
        AfterMarkWindow window = context.window();
        if (window.cueIndex() != 0) {
            return Outcome.pass();
        }
        List<Token> tokens = window.tokens();
        TokenRange speaker = SpeakerPhrases.nounPhraseAfter(tokens, 1);
        if (speaker == null) {
            return Outcome.claimed();
        }
        return Outcome.of(new Attribution(tokens.get(0).span(), speaker.span(tokens), window.attributionEnd(speaker.last()), false, NAME));
    }
}
