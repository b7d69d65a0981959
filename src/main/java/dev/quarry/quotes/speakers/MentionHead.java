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
    static final java.util.Set<String> GROUP_NOUNS = java.util.Set.of("campaign", "administration", "government",
            "team", "camp", "foundation", "organization", "organisation");

    /**
     * A name made an adjective by a hyphenated word ("New York-based", "White House-era", "Trump-backed"),
     * not a hyphenated given name ("Ban Ki-moon", "Park Geun-hye").
     */
    static final java.util.regex.Pattern HYPHENATED_MODIFIER =
            java.util.regex.Pattern.compile("-(\\p{Ll}+ed|era|style|born|like|type|run|made|wide)$");

    /** Words that make a time of the time word after them ("last month", "this week"). */
    private static final java.util.Set<String> TIME_DEICTICS = java.util.Set.of("last", "this", "next", "early", "late", "earlier", "later");
    private static final java.util.Set<String> DAYS = java.util.Set.of("today", "yesterday", "tonight", "tomorrow");

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

    /**
     * Whether the name, a noun and a title ("Clinton campaign manager") stand before a person the
     * mention names after them ("Robby Mook"): then the person is the head. Without a person after
     * it ("a Clinton campaign official") the campaign stays the speaker; "Hillary Clinton and
     * Senator Bernie Sanders" is a list, not a modifier.
     */
    private static boolean modifiesTitleOfPersonAfter(ArticleContext c, Span mention, NameMention n, Token next, Token second) {
        // The noun may be capitalised with its title ("Clinton Communications Director Jennifer Palmieri").
        boolean noun = next.pos() == null ? !next.punctuation() && !QuoteWords.PREPOSITIONS.contains(next.lower())
                && !QuoteWords.DETERMINERS.contains(next.lower()) && !QuoteWords.LIST_CONJUNCTIONS.contains(next.lower())
                : next.pos().startsWith("NN");
        if (!noun || !c.lexicons().titles.contains(second.text())) {
            return false;
        }
        return c.referents().overlapping(mention).stream().anyMatch(m -> m.begin() >= second.end() && m.referent().person());
    }

    private static boolean better(MentionHead h, MentionHead than) {
        if (h.afterPreposition != than.afterPreposition) {
            return !h.afterPreposition;
        }
        return h.name.referent().person() && !than.name.referent().person();
    }

    private static MentionHead read(ArticleContext c, Span mention, List<Token> tokens, NameMention n) {
        Token next = null;
        Token second = null;
        boolean afterPreposition = false;
        for (Token t : tokens) {
            if (t.end() <= n.begin() && QuoteWords.PREPOSITIONS.contains(t.lower())) {
                afterPreposition = true;
            }
            if (t.begin() >= n.end()) {
                if (next == null) {
                    next = t;
                } else if (second == null) {
                    second = t;
                }
            }
        }
        String nameText = c.article().text().substring(Math.max(n.begin(), mention.begin()), Math.min(n.end(), mention.end()))
                .replaceAll("['\u2019]s?$", "");
        // "the Clinton campaign" is an organisation; in "Clinton campaign manager Robby Mook" the name
        // modifies a title, and the head is the person after it.
        if (next != null && second != null && modifiesTitleOfPersonAfter(c, mention, n, next, second)) {
            return null;
        }
        if (next != null && n.referent().person() && GROUP_NOUNS.contains(next.lower())) {
            return new MentionHead(n, nameText, next.text(), afterPreposition);
        }
        if (n.possessive() && next != null) {
            return null;
        }
        if (HYPHENATED_MODIFIER.matcher(nameText).find()) {
            return null; // "White House-era documents", "Iowa-based": an adjective made of a name
        }
        // "Oversight Chairman Jason Chaffetz", "Education officials", "the Democratic presidential nominee".
        // A maker before its document is the head: "A Government Accountability Office report", "a Washington Post database".
        // Only an organisation or a person makes a document, and not as the object of a preposition
        // ("an analysis of Federal Election Commission data by Crowdpac" is Crowdpac's); "Iowa polls" are no one's.
        boolean maker = n.referent().maker();
        boolean document = next != null && next.lowerInitial() && !next.lower().equals("officials")
                && (c.lexicons().organisationWords.contains(next.text())
                || maker && !afterPreposition && c.lexicons().documentNouns.contains(next.text()));
        // "released by the Department of Veterans Affairs last month": a time after the name modifies the verb.
        boolean time = next != null && (DAYS.contains(next.lower())
                || TIME_DEICTICS.contains(next.lower()) && second != null && QuoteWords.TIME_WORDS.contains(second.lower()));
        boolean modifiesNoun = next != null && !document && !time && (c.lexicons().titles.contains(next.text())
                || next.lowerInitial() && !QuoteWords.PREPOSITIONS.contains(next.lower())
                && (!n.referent().person() || next.pos() != null && next.pos().startsWith("NN")));
        if (modifiesNoun) {
            return null;
        }
        if (n.referent().name.replaceAll("[^\\p{L}]", "").length() < 2
                || !n.nameHasSpace() && c.lexicons().bareOrganisationNoun(n.referent().name)) {
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
