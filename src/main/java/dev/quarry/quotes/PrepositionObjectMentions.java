package dev.quarry.quotes;

import dev.quarry.quotes.text.SpeakerPhrases;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.text.TokenRange;

import java.util.List;
import java.util.Set;

/**
 * A speaker mention that is the object of a preposition inside a longer subject ("Even China,
 * Pyongyang's only ally and its economic lifeline to [the outside world], said ...") names what the
 * subject is related to, not who spoke. The attribution tagger can mark one where an apposition
 * stands between the subject and its cue. The cue's subject takes its place, found as a rule finds
 * it ({@link SpeakerPhrases#before}: past the apposition), when the mention closes the apposition
 * with its comma and that subject is a noun phrase starting before it; otherwise the quote keeps its
 * mention.
 */
final class PrepositionObjectMentions {

    /** Prepositions whose object is who spoke: "according to X", "a statement by X", "a report from X". */
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("by", "from");

    Quote correct(AnnotatedArticle article, Quote q) {
        MentionBeforeCue m = MentionBeforeCue.of(article, q);
        if (m == null) {
            return q;
        }
        List<Token> tokens = m.tokens();
        int first = m.first();
        int cue = m.tokenAt(q.cueStart());
        if (first < 2 || cue >= tokens.size() || cue <= first) {
            return q;
        }
        Token before = tokens.get(first - 1);
        String preposition = before.lower();
        boolean object = before.pos() != null ? before.pos().equals("IN") || before.pos().equals("TO")
                : QuoteWords.PREPOSITIONS.contains(preposition);
        if (!object || SOURCE_PREPOSITIONS.contains(preposition) || tokens.get(first - 2).lower().equals("according")) {
            return q;
        }
        // Only a mention that closes an apposition with its comma, as the tagger bounds it ("the outside world,").
        int last = m.tokenAt(q.speakerEnd()) - 1;
        if (last <= first || last >= tokens.size() || !tokens.get(last).text().equals(",")) {
            return q;
        }
        TokenRange subject = SpeakerPhrases.before(tokens, cue);
        if (subject == null || subject.first() >= first - 1 || MentionBeforeCue.holdsVerb(tokens, subject)) {
            return q;
        }
        Span at = subject.span(tokens);
        return q.withSpeakerMention(at.of(article.text()), at);
    }

}
