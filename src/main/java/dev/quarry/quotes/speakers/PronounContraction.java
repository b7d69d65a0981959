package dev.quarry.quotes.speakers;

import dev.quarry.quotes.Quote;
import dev.quarry.text.Span;

import java.util.Locale;
import java.util.Set;

/**
 * {@code He’s predicting}: the tokenizer keeps a pronoun and its contracted "is" or "has" as one token,
 * so a source mention can read {@code He’s}; PolNeAR's source is {@code He}. These pronouns take no
 * possessive "'s" ("his", "its", "whose"), so the two letters are always the verb. Applied before the
 * speaker is resolved, so that the pronoun is resolved as one.
 */
final class PronounContraction {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "who", "that");

    private PronounContraction() {
    }

    /** The quote with its mention ending before the contraction, or the quote itself. */
    static Quote trim(String text, Quote q) {
        if (q.speakerStart() == null || q.speakerEnd() == null) {
            return q;
        }
        int end = pronounEnd(text, q.speakerStart(), q.speakerEnd());
        if (end == q.speakerEnd()) {
            return q;
        }
        Span at = new Span(q.speakerStart(), end);
        return q.withSpeakerMention(at.of(text), at);
    }

    /** The end of the pronoun when {@code [begin, end)} is one of these pronouns and "'s"; else {@code end}. */
    static int pronounEnd(String text, int begin, int end) {
        if (end - begin < 3) {
            return end;
        }
        char apostrophe = text.charAt(end - 2);
        char s = text.charAt(end - 1);
        if ((apostrophe == '\'' || apostrophe == '\u2019') && (s == 's' || s == 'S')
                && PRONOUNS.contains(text.substring(begin, end - 2).toLowerCase(Locale.ROOT))) {
            return end - 2;
        }
        return end;
    }
}
