package dev.quarry.quotes.rules.direct;

import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.DirectRule;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.text.AfterMarkWindow;

/**
 * {@code "...," Bennett shot back.} / {@code "...," the editorial read.}: after a quote that ends on a
 * comma, a short subject and a verb (tagged VBD or VBZ) that closes the sentence attribute the quote,
 * though the verb is not in the cue lexicon.
 */
public final class ClosingVerbRule extends DirectRule {

    public static final String NAME = "closing-verb";

    public ClosingVerbRule() {
        super(NAME, Place.AFTER_MARK, Need.POS);
    }

    @Override
    public Outcome<Attribution> apply(DirectContext context) {
        AfterMarkWindow window = context.window();
        if (window.cueIndex() <= 0 || !window.untaggedCue()) {
            return Outcome.pass();
        }
        return Outcome.of(SpeakerThenCueRule.speakerBeforeCue(window, NAME));
    }
}
