package dev.quarry.quotes.speakers;

import dev.quarry.quotes.QuoteWords;
import dev.quarry.text.Span;
import dev.quarry.text.Token;

import java.util.List;

/**
 * The name at the head of a speaker mention. A person comes before anything else; a possessor
 * ("Obama's former campaign strategist") and a name that modifies a noun ("Education officials")
 * are not heads; a name after a preposition ("a spokeswoman for the EB-5 Investment Coalition") is
 * a head only when nothing else is, and says so ({@code afterPreposition}). A name followed by an
 * organisation noun ("the Clinton campaign") names that organisation ({@code organisationNoun}).
 */
record MentionHead(NameMention name, String nameText, String organisationNoun, boolean afterPreposition) {

    /** Nouns that make a person's name into an organisation's ("the Clinton campaign"). */
    private static final java.util.Set<String> GROUP_NOUNS = java.util.Set.of("campaign", "administration", "government",
            "team", "camp", "foundation", "organization", "organisation");

    static MentionHead of(ArticleContext c, Span mention, List<Token> tokens) {
        MentionHead best = null;
        for (NameMention n : c.referents().overlapping(mention)) {
            MentionHead h = read(c, mention, tokens, n);
            if (h != null && (best == null || better(h, best))) {
                best = h;
            }
        }
        return best;
    }

    private static boolean better(MentionHead h, MentionHead than) {
        if (h.afterPreposition != than.afterPreposition) {
            return !h.afterPreposition;
        }
        return h.name.referent().person() && !than.name.referent().person();
    }

    private static MentionHead read(ArticleContext c, Span mention, List<Token> tokens, NameMention n) {
        Token next = null;
        boolean afterPreposition = false;
        for (Token t : tokens) {
            if (t.end() <= n.begin() && QuoteWords.PREPOSITIONS.contains(t.lower())) {
                afterPreposition = true;
            }
            if (t.begin() >= n.end() && next == null) {
                next = t;
            }
        }
        String nameText = c.article().text().substring(Math.max(n.begin(), mention.begin()), Math.min(n.end(), mention.end()))
                .replaceAll("['\u2019]s?$", "");
        if (next != null && n.referent().person() && GROUP_NOUNS.contains(next.lower())) {
            return new MentionHead(n, nameText, next.text(), afterPreposition);
        }
        if (n.possessive() && next != null) {
            return null;
        }
        // "Oversight Chairman Jason Chaffetz", "Education officials", "the Democratic presidential nominee".
        // A maker before its document is the head: "A Government Accountability Office report".
        boolean document = next != null && next.lowerInitial() && c.lexicons().organisationWords.contains(next.text())
                && !next.lower().equals("officials");
        boolean modifiesNoun = next != null && !document && (c.lexicons().titles.contains(next.text())
                || next.lowerInitial() && !QuoteWords.PREPOSITIONS.contains(next.lower())
                && (!n.referent().person() || next.pos() != null && next.pos().startsWith("NN")));
        if (modifiesNoun) {
            return null;
        }
        if (n.referent().name.replaceAll("[^\\p{L}]", "").length() < 2
                || !n.nameHasSpace() && c.lexicons().organisationWords.contains(n.referent().name)) {
            // "P cited ...", "Bank said ...": a letter or a bare organisation noun names no one.
            return null;
        }
        if (n.referent().fromNer && n.referent().type == dev.quarry.quotes.SpeakerType.OTHER && !n.referent().place
                && !n.nameHasSpace()) {
            // "Democratic", "Republicans": an affiliation, not who spoke.
            return null;
        }
        if (!n.referent().fromNer && !n.referent().person() && !onlyFunctionWordsOutside(c, tokens, n)) {
            // A lone capitalised word is a name only when it is all the mention says ("Vik", "the Times").
            return null;
        }
        return new MentionHead(n, nameText, null, afterPreposition);
    }

    private static boolean onlyFunctionWordsOutside(ArticleContext c, List<Token> tokens, NameMention n) {
        for (Token t : tokens) {
            if ((t.end() <= n.begin() || t.begin() >= n.end()) && !c.lexicons().nameStopwords.contains(t.text())
                    && !c.lexicons().titles.contains(t.text()) && !t.punctuation()) {
                return false;
            }
        }
        return true;
    }
}
