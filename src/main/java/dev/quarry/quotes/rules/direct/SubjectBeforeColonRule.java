package dev.quarry.quotes.rules.direct;

import dev.quarry.text.Span;
import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.DirectRule;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.text.SpeakerPhrases;

/**
 * {@code Kasich resisted: "..."}, {@code Sanders delivered a snappy retort: "..."}: the subject of the
 * clause that ends in the colon is the speaker, with no cue word.
 */
public final class SubjectBeforeColonRule extends DirectRule {

    public static final String NAME = "subject-before-colon";

    public SubjectBeforeColonRule() {
        super(NAME, Place.AFTER_COLON);
    }

    @Override
    public Outcome<Attribution> apply(DirectContext context) {
        int openMark = context.span().openMark();
        int colon = context.text().lastIndexOf(':', openMark);
        Span subject = SpeakerPhrases.subjectBefore(context.article(), colon, context.lexicons());
        return subject == null ? Outcome.pass() : Outcome.of(new Attribution(new Span(colon, colon), subject, openMark, true, NAME));
    }
}
