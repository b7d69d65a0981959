package dev.quarry.quotes.speakers;

import dev.quarry.quotes.Quote;
import dev.quarry.quotes.SpeakerType;
import dev.quarry.text.Lexicon;
import dev.quarry.text.Span;
import dev.quarry.text.Token;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mention that names no one: "the president", "the Republican nominee", "the bank". A person role
 * resolves to the person the article gave that role ("President Barack Obama", "Trump, the Republican
 * nominee,"), else to the salient person; an organisation noun ("the company", "the agency") and
 * "it" resolve only to organisations.
 */
final class RoleNounResolution {

    /** Role words that make another role: a vice president is not the president. */
    private static final Set<String> ROLE_CHANGERS = Set.of("vice", "deputy", "former", "assistant", "acting", "associate",
            "lieutenant", "ex", "co", "under");
    /** Abbreviated titles, as the article may write the role and the mention spell it out. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("sen", "senator", "gov", "governor",
            "rep", "representative", "gen", "general", "pres", "president", "sec", "secretary", "atty", "attorney");

    private final ArticleContext c;
    private final SpeakerLexicons lexicons;

    RoleNounResolution(ArticleContext c, SpeakerLexicons lexicons) {
        this.c = c;
        this.lexicons = lexicons;
    }

    Referent resolve(Quote q, List<Token> tokens, List<SpeakerResolver.Said> said) {
        List<String> words = SpeakerResolver.lowerWords(tokens);
        if (words.isEmpty()) {
            return null;
        }
        String head = words.get(words.size() - 1);
        if (lexicons.organisationWords.contains(head) && !head.equals("officials")) {
            return organisation(q, head, said);
        }
        // "the former secretary of state": the role is the noun the "of" phrase qualifies.
        int of = words.indexOf("of");
        boolean qualified = of > 0 && lexicons.titles.contains(words.get(of - 1));
        if (qualified) {
            head = words.get(of - 1);
        }
        if (!lexicons.titles.contains(head)) {
            return null;
        }
        Referent holder = roleHolder(q, words, head);
        if (holder != null || qualified) {
            // A role its "of" phrase qualifies ("the deputy head of China's delegation") is someone the article
            // named in that role, or no one: not whoever spoke last.
            return holder;
        }
        // Only "the (Republican) nominee", "the Vermont senator" stands for the person who was speaking; "Connecticut's
        // tax commissioner" or "a historian" is someone else, and a role nobody was given is not guessed.
        boolean definite = tokens.get(0).lower().equals("the");
        boolean named = c.referents().overlapping(new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end())).stream()
                .anyMatch(m -> m.referent().type == SpeakerType.PERSON || m.referent().type == SpeakerType.ORG);
        SpeakerResolver.Said last = c.lastSaid(said, q, 1);
        return definite && !named && last != null && last.referent().person() ? last.referent() : null;
    }

    /**
     * The person last named before the quote whose roles hold the head word ("the president":
     * "President Barack Obama") or two of the mention's words ("South Korea's defence chief":
     * "South Korea's Defence Minister Kim"), and no word that changes the role.
     */
    private Referent roleHolder(Quote q, List<String> words, String head) {
        return holderBefore(c.position(q), words, head);
    }

    /**
     * The person {@link #holderBefore} finds for these words, only when that person's roles hold every
     * one of them ("the Vermont senator" is not the senator from Arizona); else null, without looking
     * further back. Stricter than a speaker mention's role, for a role that only carries the topic of
     * a sentence.
     */
    Referent holderOfAllBefore(int at, List<String> words) {
        Referent holder = holderBefore(at, words, words.get(words.size() - 1));
        if (holder == null) {
            return null;
        }
        java.util.Set<String> given = new java.util.HashSet<>();
        for (String role : holder.roleWords) {
            given.add(ABBREVIATIONS.getOrDefault(role, role));
        }
        return given.containsAll(words) ? holder : null;
    }

    /** The person last named before offset {@code at} whose roles hold the role these words name. */
    Referent holderBefore(int at, List<String> words, String head) {
        Referent best = null;
        for (NameMention m : c.referents().mentions()) {
            if (m.begin() >= at) {
                break;
            }
            Referent r = m.referent();
            if (r.person() && holds(r, words, head)) {
                best = r;
            }
        }
        return best;
    }

    private boolean holds(Referent r, List<String> words, String head) {
        boolean hasHead = false;
        int shared = 0;
        for (String role : r.roleWords) {
            String w = ABBREVIATIONS.getOrDefault(role, role);
            hasHead |= w.equals(head);
            shared += words.contains(w) ? 1 : 0;
            if (ROLE_CHANGERS.contains(w) && !words.contains(w)) {
                return false;
            }
        }
        return (hasHead || shared >= 2) && !otherAffiliation(r, words);
    }

    /**
     * Whether the mention names a party or nationality that the person's roles contradict: "the
     * Democratic nominee" is not the person the article called the Republican nominee.
     */
    private boolean otherAffiliation(Referent r, List<String> words) {
        List<String> mentioned = words.stream().filter(lexicons.affiliations::contains).toList();
        if (mentioned.isEmpty()) {
            return false;
        }
        for (String given : affiliationsOf(r)) {
            if (mentioned.stream().noneMatch(m -> sameAffiliation(m, given))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parties and nationalities the article gives a person: in its roles, and among the few words
     * before its mentions ("Republican presidential nominee Donald Trump").
     */
    private java.util.Set<String> affiliationsOf(Referent r) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String role : r.roleWords) {
            if (lexicons.affiliations.contains(role)) {
                out.add(Lexicon.normalise(role));
            }
        }
        List<Token> tokens = c.article().tokens();
        for (NameMention m : r.mentions) {
            int first = c.article().firstTokenAtOrAfter(m.begin());
            if (first >= tokens.size()) {
                continue;
            }
            int sentence = tokens.get(first).sentenceIndex();
            for (int k = first - 1; k >= Math.max(0, first - AFFILIATION_REACH) && tokens.get(k).sentenceIndex() == sentence; k--) {
                Token t = tokens.get(k);
                if (t.punctuation()) {
                    break;
                }
                if (lexicons.affiliations.contains(t.text())) {
                    out.add(Lexicon.normalise(t.text()));
                }
            }
        }
        return out;
    }

    /** How many words before a name may hold its party or nationality. */
    private static final int AFFILIATION_REACH = 4;

    /** "democrat", "democratic" and "democrats" are one party. */
    private static boolean sameAffiliation(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /**
     * An organisation: the last speaker when it is one, else the organisation last named before the
     * quote whose name holds {@code noun} ("the alliance"), else the last one named in the quote's
     * paragraph or the one before.
     */
    Referent organisation(Quote q, String noun, List<SpeakerResolver.Said> said) {
        SpeakerResolver.Said last = c.lastSaid(said, q, 2);
        if (last != null && last.referent().type == SpeakerType.ORG && (noun == null || named(last.referent(), noun))) {
            return last.referent();
        }
        int at = c.position(q);
        int paragraph = c.article().paragraphIndexAt(at);
        Referent byNoun = null;
        Referent recent = null;
        for (NameMention m : c.referents().mentions()) {
            if (m.begin() >= at) {
                break;
            }
            Referent r = m.referent();
            if (r.type != SpeakerType.ORG || c.inQuoteContent(m)) {
                continue;
            }
            if (noun != null && named(r, noun)) {
                byNoun = r;
            }
            if (c.article().paragraphIndexAt(m.begin()) >= paragraph - 1) {
                recent = r;
            }
        }
        if (noun != null && (byNoun == null || byNoun.name.equalsIgnoreCase(noun))) {
            Referent named = namedByNoun(q, noun);
            if (named != null) {
                return named;
            }
            if (byNoun != null) {
                return null; // a capitalised "Bank" alone names no bank
            }
        }
        // "the agency" or "the report" that no organisation's name holds is not guessed at.
        return byNoun != null ? byNoun : noun == null ? recent : null;
    }

    /**
     * The one organisation the article names as a name followed by {@code noun}, anywhere in it:
     * "police say" in an article that writes "a Charlotte-Mecklenburg police officer" means the
     * Charlotte-Mecklenburg police. Null when the article names none, or two ("French police" and
     * "Belgian police").
     */
    Referent namedByNoun(Quote q, String noun) {
        if (lexicons.documentNouns.contains(noun)) {
            return null; // "the White House statement" names a document, not who spoke
        }
        String text = c.article().text();
        Map<String, Referent> names = new java.util.LinkedHashMap<>();
        for (NameMention m : c.referents().mentions()) {
            if (m.referent().person() || m.possessive() || MentionHead.HYPHENATED_MODIFIER.matcher(text.substring(m.begin(), m.end())).find()) {
                continue;
            }
            int from = m.end();
            while (from < text.length() && text.charAt(from) == ' ') {
                from++;
            }
            int to = from;
            while (to < text.length() && Character.isLetter(text.charAt(to))) {
                to++;
            }
            if (to > from && to - from == noun.length() && text.regionMatches(true, from, noun, 0, noun.length())) {
                // "the NATO alliance" is NATO; "Charlotte-Mecklenburg police" are the police of a place.
                Referent r = m.referent();
                String name = text.substring(m.begin(), m.end()) + " " + noun;
                names.putIfAbsent(r.type == SpeakerType.ORG ? r.id : name.toLowerCase(java.util.Locale.ROOT),
                        r.type == SpeakerType.ORG ? r : new Referent(Quote.entityId(q.articleId(), name), name, SpeakerType.ORG, false, false));
            }
        }
        return names.size() == 1 ? names.values().iterator().next() : null;
    }

    private static boolean named(Referent r, String noun) {
        return ArticleReferents.words(r.name).contains(noun);
    }
}
