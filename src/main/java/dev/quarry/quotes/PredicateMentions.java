package dev.quarry.quotes;

import dev.quarry.quotes.text.SpeakerPhrases;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.text.TokenRange;

import java.util.List;

/**
 * A speaker mention that opens with a finite verb ("endorsed Cruz last week", "officially endorsed
 * Clinton", "responded by") is the predicate of its clause, not the subject, and resolved it names
 * whoever the object is ("endorsed Cruz" -> Ted Cruz): worse than no name. The rules can leave one
 * where the clause's subject is far back, and the attribution tagger can mark one as a source. The
 * verb's subject takes its place, found as a cue's subject is ({@link SpeakerPhrases#before}: past an
 * apposition, a party tag or an adverb) when it is a noun phrase or a person's relative pronoun;
 * otherwise the quote keeps no mention, and its speaker is left to the resolver's context rules.
 */
final class PredicateMentions {

    Quote correct(AnnotatedArticle article, Quote q) {
        // Only a mention before its cue and its quote ("X endorsed Cruz, saying ..."): after either, a leading
        // verb form is more often a modifier ("said retired neurosurgeon Ben Carson") or an inverted clause
        // ('"Call the roll," came shouts from the crowd').
        MentionBeforeCue m = MentionBeforeCue.of(article, q);
        if (m == null) {
            return q;
        }
        List<Token> tokens = m.tokens();
        int first = m.first();
        int v = first;
        while (v < tokens.size() && "RB".equals(tokens.get(v).pos()) && tokens.get(v).end() < q.speakerEnd()) {
            v++;
        }
        if (v >= tokens.size()) {
            return q;
        }
        Token verb = tokens.get(v);
        if (verb.begin() >= q.speakerEnd() || !verb.lowerInitial() || !verb.finiteVerb()) {
            return q;
        }
        TokenRange subject = SpeakerPhrases.before(tokens, v);
        if (subject == null || !nounPhrase(tokens, subject)) {
            return q.withoutSpeakerMention();
        }
        Span at = subject.span(tokens);
        return q.withSpeakerMention(at.of(article.text()), at);
    }

    /** Not a clause ("he would ever endorse Clinton") nor a relative pronoun that stands for a thing ("which", "that"). */
    private static boolean nounPhrase(List<Token> tokens, TokenRange range) {
        if (range.first() == range.last() && NON_PERSON_RELATIVES.contains(tokens.get(range.first()).lower())) {
            return false;
        }
        return !MentionBeforeCue.holdsVerb(tokens, range);
    }

    private static final java.util.Set<String> NON_PERSON_RELATIVES = java.util.Set.of("which", "that");
}
