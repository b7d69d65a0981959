package dev.quarry.quotes;

import dev.quarry.text.Span;

/**
 * What a direct-quote rule found around a quotation: its cue and the local speaker mention.
 *
 * @param cue the cue word(s); empty when no word cues the quote (a name before a colon)
 * @param speaker the speaker mention, or null when the rule found a cue but no speaker
 * @param end offset just past the attribution clause (its closing punctuation included)
 * @param introducesUtterance a colon or comma stands between the cue and the opening mark
 * @param rule the name of the rule that found it
 */
public record Attribution(Span cue, Span speaker, int end, boolean introducesUtterance, String rule) {

    public Attribution withSpeaker(Span newSpeaker) {
        return new Attribution(cue, newSpeaker, end, introducesUtterance, rule);
    }

    public boolean hasCueWord() {
        return !cue.isEmpty();
    }

    /** The speaker comes after the cue ("said X"). */
    public boolean inverted() {
        return speaker != null && speaker.begin() > cue.begin();
    }
}
