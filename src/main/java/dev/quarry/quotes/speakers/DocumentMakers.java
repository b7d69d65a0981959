package dev.quarry.quotes.speakers;

import dev.quarry.quotes.QuoteWords;
import dev.quarry.text.Span;
import dev.quarry.text.Token;

import java.util.List;
import java.util.Set;

/**
 * A document named again by its noun ("The statement noted ...", "the poll"), credited to the maker
 * the article gave the last document of that noun named before: "the Security Council issued a
 * statement" (the subject of a verb of making, {@code words/making-verbs.txt}), "a survey by the
 * Housing Office" (after "by" or "from"), "the RNC's poll" (a possessor), "a Washington Post poll" (a
 * name before the noun). Only organisations and persons make documents, never places; a document
 * the article gave no maker gives no one.
 */
final class DocumentMakers {

    /** Determiners of a document named again; "a statement" is a new one (so not QuoteWords.DETERMINERS). */
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> MAKER_PREPOSITIONS = Set.of("by", "from");
    /** How many paragraphs back (besides the mention's own) the earlier document may be named. */
    private static final int PARAGRAPHS_BACK = 2;

    private final ArticleContext c;

    DocumentMakers(ArticleContext c) {
        this.c = c;
    }

    /** The maker of the document a mention such as "the statement" names again, or null. */
    Referent makerOf(Span mention, List<Token> tokens) {
        if (tokens.size() < 2 || !DETERMINERS.contains(tokens.get(0).lower())
                || !c.lexicons().documentNouns.contains(tokens.get(tokens.size() - 1).text())
                || !c.referents().overlapping(mention).isEmpty()) {
            return null;
        }
        return makerBefore(mention, singular(tokens.get(tokens.size() - 1).lower()));
    }

    /**
     * The maker of the last document named before the mention by the same {@code noun} ("the
     * statement" after "a statement"), in its paragraph or the two before. Any document noun ("the
     * clip" after "a web video") took "the lawsuit" to a court's ruling, so the noun must match.
     */
    private Referent makerBefore(Span mention, String noun) {
        List<Token> all = c.article().tokens();
        int first = c.article().firstTokenAtOrAfter(mention.begin());
        int paragraph = c.article().paragraphIndexAt(mention.begin());
        for (int k = first - 1; k >= 0; k--) {
            Token t = all.get(k);
            if (c.article().paragraphIndexAt(t.begin()) < paragraph - PARAGRAPHS_BACK) {
                break;
            }
            if (c.lexicons().documentNouns.contains(t.text()) && singular(t.lower()).equals(noun)) {
                Referent maker = makerAt(all, k);
                if (maker != null) {
                    return maker;
                }
            }
        }
        return null;
    }

    private static String singular(String noun) {
        return noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("sis") ? noun.substring(0, noun.length() - 1) : noun;
    }

    /** The maker the text gives the document noun at token {@code k}, or null. */
    private Referent makerAt(List<Token> all, int k) {
        Token noun = all.get(k);
        int sentence = noun.sentenceIndex();
        NameMention subject = null;
        for (NameMention m : c.referents().mentions()) {
            int s = c.article().sentenceIndexAt(m.begin());
            if (s < sentence) {
                continue;
            }
            if (s > sentence) {
                break;
            }
            if (!m.referent().maker()) {
                continue;
            }
            int from = c.article().firstTokenAtOrAfter(m.begin());
            int to = c.article().firstTokenAtOrAfter(m.end()); // first token after the name
            if (m.begin() > noun.end()) {
                // "a web video by the Republican National Committee": "by" or "from", perhaps "the", then the name.
                int p = k + 1;
                if (p < from && MAKER_PREPOSITIONS.contains(all.get(p).lower())
                        && (p + 1 == from || p + 2 == from && all.get(p + 1).lower().equals("the"))) {
                    return m.referent();
                }
                break;
            }
            if (to == k || m.possessive() && to >= k - 3) {
                return m.referent(); // "a Washington Post database", "the RNC's new ad"
            }
            if (subject == null && (c.subjectLike(m) || opensClause(all, from)) && makesBetween(all, to, k)) {
                subject = m;
            }
        }
        return subject == null ? null : subject.referent();
    }

    /**
     * Whether the name starting at token {@code from}, perhaps after "the", opens its sentence or a
     * clause after a comma ("Following a late meeting, the Security Council issued ...").
     */
    private static boolean opensClause(List<Token> all, int from) {
        int k = from - 1;
        if (k >= 0 && all.get(k).lower().equals("the")) {
            k--;
        }
        return k < 0 || all.get(k).sentenceIndex() != all.get(from).sentenceIndex() || all.get(k).text().equals(",");
    }

    /** Whether a verb of making stands between tokens {@code from} (inclusive) and {@code to}. */
    private static boolean makesBetween(List<Token> all, int from, int to) {
        for (int i = from; i < to; i++) {
            if (QuoteWords.MAKING_VERBS.contains(all.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
