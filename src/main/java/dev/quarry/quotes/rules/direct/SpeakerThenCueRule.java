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

/**
 * {@code "...," Mayor Ellen Varga said on Monday.}: the speaker, then a cue from the lexicon. Trailing
 * auxiliaries and time phrases are trimmed off the speaker.
 */
public final class SpeakerThenCueRule extends DirectRule {

    public static final String NAME = "speaker-then-cue";

    public SpeakerThenCueRule() {
        super(NAME, Place.AFTER_MARK);
    }

    @Override
    public Outcome<Attribution> apply(DirectContext context) {
        AfterMarkWindow window = context.window();
        int c = window.cueIndex();
        if (c <= 0 || window.untaggedCue()) {
            return Outcome.pass();
        }
        return Outcome.of(speakerBeforeCue(window, NAME));
    }

    /** The attribution with the speaker before the window's cue, or null when nothing is left of it. */
    static Attribution speakerBeforeCue(AfterMarkWindow window, String rule) {
        List<Token> tokens = window.tokens();
        int c = window.cueIndex();
        TokenRange speaker = SpeakerPhrases.trimmed(tokens, 0, c - 1);
        return speaker == null ? null
                : new Attribution(tokens.get(c).span(), speaker.span(tokens), window.attributionEnd(c), false, rule);
    }
}
