package dev.quarry.quotes.rules.direct;

import dev.quarry.text.Span;
import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.DirectRule;
import dev.quarry.quotes.rules.Outcome;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code "PENCE: Well, look, ..."} / {@code "Q: ..."}: a transcript turn names its speaker, in capitals
 * and with a colon, inside the quote. The colon is the cue; the quote starts after it. A label
 * ({@code metadata-labels.txt}: "NOTE", "SOURCE") is no speaker.
 */
public final class TranscriptTurnRule extends DirectRule {

    public static final String NAME = "transcript-turn";
    private static final Pattern TRANSCRIPT_TURN = Pattern.compile("([A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3}):\\s+\\S");

    public TranscriptTurnRule() {
        super(NAME, Place.INSIDE);
    }

    @Override
    public Outcome<Attribution> apply(DirectContext context) {
        Span piece = context.span().pieces().get(0);
        Matcher m = TRANSCRIPT_TURN.matcher(context.text()).region(piece.begin(), piece.end());
        if (!m.lookingAt() || context.lexicons().metadataLabels().contains(m.group(1))) {
            // "NOTE: Results include ..." under an earnings table labels a footnote, not a speaker.
            return Outcome.pass();
        }
        int colon = piece.begin() + m.group(1).length();
        int contentStart = m.end() - 1;
        if (contentStart >= piece.end()) {
            return Outcome.pass();
        }
        return Outcome.of(new Attribution(new Span(colon, colon + 1), new Span(piece.begin(), colon), contentStart, false, NAME));
    }
}
