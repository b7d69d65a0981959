package dev.quarry.quotes.text;

import dev.quarry.text.Token;
import dev.quarry.text.TokenRange;

import java.util.List;

/**
 * What stands around a speech cue in its sentence, as the reported-speech cue rules read it.
 *
 * @param speaker the subject right before the cue, or null (always null for a participle after a comma)
 * @param participleAfterComma "He defended the campaign, saying ...": the participle has the main clause's subject
 * @param commaBeforeSpeaker a comma stands right before the subject ("CONTENT, X said")
 * @param commaRightBeforeCue "CONTENT, said X"
 * @param wordsAfter words after the cue to the sentence's end
 */
public record CueSubject(TokenRange speaker, boolean participleAfterComma, boolean commaBeforeSpeaker,
                         boolean commaRightBeforeCue, int wordsAfter) {

    public static CueSubject of(List<Token> tokens, int c, int end) {
        // "He defended the campaign, saying ...": a participle after a comma has the main clause's subject,
        // not the noun phrase right before it.
        boolean participle = ClauseBounds.participleOfMainClause(tokens, c);
        TokenRange speaker = participle ? null : SpeakerPhrases.before(tokens, c);
        boolean commaBeforeSpeaker = speaker != null && speaker.first() > 0 && TokenShapes.isComma(tokens.get(speaker.first() - 1));
        boolean commaRightBeforeCue = c > 0 && TokenShapes.isComma(tokens.get(c - 1));
        return new CueSubject(speaker, participle, commaBeforeSpeaker, commaRightBeforeCue, WordCounts.between(tokens, c + 1, end));
    }
}
