package dev.quarry.quotes;

import dev.quarry.text.Lexicon;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves each quote's local speaker mention to a name within the article.
 *
 * <ul>
 *   <li>A mention holding a name ("South Korea's Defence Minister Kim Yong-hyun") resolves to the
 *       name without its titles and possessor ("Kim Yong-hyun"); a lone surname resolves to the
 *       fullest earlier name that contains it.</li>
 *   <li>A pronoun resolves to the most recent earlier speaker.</li>
 *   <li>A role mention ("the defence chief") resolves to the earlier name introduced with the most
 *       matching role words ("Defence Minister Kim Yong-hyun"), else to the most recent speaker
 *       when its head is a person role.</li>
 *   <li>A quote with no mention (a "floating" quote) takes the speaker of the nearest attributed quote
 *       in its paragraph, or of the last one in the paragraph before.</li>
 * </ul>
 *
 * <p>Names are found by capitalisation, since this runs without NER; the models issue will feed
 * the {@code entities} table in here instead.
 */
public final class SpeakerResolver {

    private final Lexicon pronouns;
    private final Lexicon titles;
    private final Lexicon nameStopwords;
    private final Lexicon organisationWords;

    public SpeakerResolver() {
        this(Lexicon.load(Lexicon.PRONOUNS), Lexicon.load(Lexicon.TITLES), Lexicon.load(Lexicon.NAME_STOPWORDS),
                Lexicon.load(Lexicon.ORGANISATION_WORDS));
    }

    public SpeakerResolver(Lexicon pronouns, Lexicon titles, Lexicon nameStopwords, Lexicon organisationWords) {
        this.pronouns = pronouns;
        this.titles = titles;
        this.nameStopwords = nameStopwords;
        this.organisationWords = organisationWords;
    }

    /** A name found in the text, with the role words written right before it. */
    record NameMention(int begin, int end, String name, Set<String> roles) {
    }

    public List<Quote> resolve(AnnotatedArticle article, List<Quote> quotes) {
        List<NameMention> names = findNames(article);
        List<Quote> resolved = new ArrayList<>(quotes.size());
        List<Quote> attributed = new ArrayList<>();
        for (Quote q : quotes) {
            Quote r = q;
            if (q.hasSpeakerMention()) {
                r = resolveMention(article, q, names, attributed);
                if (r.speaker() != null) {
                    attributed.add(r);
                }
            }
            resolved.add(r);
        }
        // Floating quotes last, so they can borrow from a later quote in the same paragraph.
        List<Quote> own = new ArrayList<>(resolved);
        for (int i = 0; i < resolved.size(); i++) {
            Quote q = own.get(i);
            if (!q.hasSpeakerMention()) {
                Quote neighbour = nearestAttributed(article, own, i);
                if (neighbour != null) {
                    resolved.set(i, q.withBorrowedSpeaker(neighbour, Math.min(q.confidence(), 0.5)));
                }
            }
        }
        return resolved;
    }

    private Quote resolveMention(AnnotatedArticle article, Quote q, List<NameMention> names, List<Quote> earlierSpeakers) {
        List<Token> tokens = article.tokensIn(q.speakerStart(), q.speakerEnd());
        if (tokens.size() == 1 && pronouns.contains(tokens.get(0).text())) {
            return resolvePronoun(article, q, pronouns.get(tokens.get(0).text()), names, earlierSpeakers);
        }
        NameMention inside = nameInside(article, q.speakerStart(), q.speakerEnd(), names);
        if (inside != null) {
            return q.withSpeaker(fullName(inside.name(), names, q.speakerStart(), earlierSpeakers), typeOf(inside, tokens), q.confidence());
        }
        return resolveRole(q, tokens, names, earlierSpeakers);
    }

    /** "he", "she", "they": a person named earlier in the paragraph, else the previous speaker, else any person before. */
    private Quote resolvePronoun(AnnotatedArticle article, Quote q, String kind, List<NameMention> names, List<Quote> earlierSpeakers) {
        if ("person".equals(kind) || "plural".equals(kind)) {
            // A person named earlier in the same paragraph ("His challenger, Nadia Quist, disagreed.
            // '...,' she said.") beats the previous speaker, who may be the one being answered.
            NameMention local = lastPersonBefore(article, names, Math.min(q.start(), q.speakerStart()), true);
            if (local != null) {
                return q.withSpeaker(fullName(local.name(), names, local.begin(), earlierSpeakers), typeOf(local, List.of()), q.confidence() * 0.9);
            }
            Quote last = lastSpeakerBefore(earlierSpeakers, q.start());
            if (last != null) {
                return q.withSpeaker(last.speaker(), last.speakerType(), q.confidence() * 0.9);
            }
            NameMention any = lastPersonBefore(article, names, Math.min(q.start(), q.speakerStart()), false);
            if (any != null) {
                return q.withSpeaker(fullName(any.name(), names, any.begin(), earlierSpeakers), typeOf(any, List.of()), q.confidence() * 0.7);
            }
        }
        return q.withSpeaker(null, null, q.confidence() * 0.5);
    }

    /** A role mention ("the minister", "South Korea's defence chief"): the earlier name whose roles share its words. */
    private Quote resolveRole(Quote q, List<Token> tokens, List<NameMention> names, List<Quote> earlierSpeakers) {
        Set<String> roleWords = new HashSet<>();
        for (Token t : tokens) {
            String w = Lexicon.normalise(t.text()).replaceAll("'s$", "");
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !nameStopwords.contains(w)) {
                roleWords.add(w);
            }
        }
        boolean personHead = !tokens.isEmpty() && titles.contains(tokens.get(tokens.size() - 1).text());
        NameMention best = null;
        int bestScore = 0;
        for (NameMention n : names) {
            if (n.begin() >= q.speakerStart()) {
                break;
            }
            int score = 0;
            for (String role : n.roles()) {
                if (roleWords.contains(role)) {
                    score++;
                }
            }
            if (score > 0 && score >= bestScore) {
                best = n;
                bestScore = score;
            }
        }
        if (best != null && (personHead || bestScore >= 2)) {
            return q.withSpeaker(best.name(), SpeakerType.PERSON, q.confidence() * 0.85);
        }
        if (personHead) {
            Quote last = lastSpeakerBefore(earlierSpeakers, q.start());
            if (last != null) {
                return q.withSpeaker(last.speaker(), last.speakerType(), q.confidence() * 0.7);
            }
        }
        return q.withSpeaker(null, null, q.confidence() * 0.5);
    }

    /**
     * PERSON for a name with a person title or of two or more words; ORG when the name or its
     * mention holds an organisation word ("Reuters", "the health department"); else OTHER.
     */
    private SpeakerType typeOf(NameMention name, List<Token> mention) {
        for (String w : name.name().split("\\s+")) {
            if (organisationWords.contains(w)) {
                return SpeakerType.ORG;
            }
        }
        for (Token t : mention) {
            if (organisationWords.contains(t.text()) && (t.end() <= name.begin() || t.begin() >= name.end())) {
                return SpeakerType.ORG;
            }
        }
        boolean personRole = name.roles().stream().anyMatch(titles::contains);
        return personRole || name.name().contains(" ") ? SpeakerType.PERSON : SpeakerType.OTHER;
    }

    private static Quote lastSpeakerBefore(List<Quote> speakers, int offset) {
        Quote last = null;
        for (Quote s : speakers) {
            if (s.start() < offset || (s.speakerStart() != null && s.speakerStart() < offset)) {
                last = s;
            }
        }
        return last;
    }

    /**
     * The head name of a mention: the first that looks like a person's (two or more words, or
     * introduced by a title), else the first. "Agnes Moe of Gull Island" is Agnes Moe; in
     * "Opposition councillor Priya Nair" the lone "Opposition" is passed over.
     */
    private NameMention nameInside(AnnotatedArticle article, int begin, int end, List<NameMention> names) {
        for (NameMention n : names) {
            if (n.begin() >= begin && n.end() <= end && looksLikePerson(n)) {
                return n;
            }
        }
        // A lone capitalised word is a name only when it is all the mention says ("Vik", "the Times"),
        // not a modifier ("Small businesses", "Education officials").
        for (NameMention n : names) {
            if (n.begin() >= begin && n.end() <= end && onlyFunctionWordsOutside(article, begin, end, n)) {
                return n;
            }
        }
        return null;
    }

    private boolean onlyFunctionWordsOutside(AnnotatedArticle article, int begin, int end, NameMention n) {
        for (Token t : article.tokensIn(begin, end)) {
            if (t.end() <= n.begin() || t.begin() >= n.end()) {
                if (!nameStopwords.contains(t.text()) && !titles.contains(t.text()) && !t.punctuation()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean looksLikePerson(NameMention n) {
        return n.name().contains(" ") || !n.roles().isEmpty();
    }

    /** The last person-like name before {@code offset}; with {@code sameParagraph}, only in that paragraph. */
    private static NameMention lastPersonBefore(AnnotatedArticle article, List<NameMention> names, int offset, boolean sameParagraph) {
        int paragraph = article.paragraphIndexAt(offset);
        NameMention last = null;
        for (NameMention n : names) {
            if (n.end() > offset) {
                break;
            }
            if (looksLikePerson(n) && (!sameParagraph || article.paragraphIndexAt(n.begin()) == paragraph)) {
                last = n;
            }
        }
        return last;
    }

    private static String fullName(String name, List<NameMention> names, int before, List<Quote> speakers) {
        return name.contains(" ") ? name : fullestNameContaining(name, names, before, speakers);
    }

    /** The fullest name containing {@code surname}: earlier speakers first, then the nearest earlier mention. */
    private static String fullestNameContaining(String surname, List<NameMention> names, int before, List<Quote> speakers) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            String s = speakers.get(i).speaker();
            if (s != null && containsWord(s, surname) && s.length() > surname.length()) {
                return s;
            }
        }
        String best = surname;
        for (NameMention n : names) {
            if (n.begin() < before && containsWord(n.name(), surname) && n.name().length() > surname.length()) {
                best = n.name();
            }
        }
        return best;
    }

    private static boolean containsWord(String name, String word) {
        for (String part : name.split("\\s+")) {
            if (part.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static Quote nearestAttributed(AnnotatedArticle article, List<Quote> quotes, int i) {
        int paragraph = article.paragraphIndexAt(quotes.get(i).start());
        Quote best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < quotes.size(); j++) {
            Quote other = quotes.get(j);
            if (j == i || other.speaker() == null || !other.hasSpeakerMention()) {
                continue;
            }
            int p = article.paragraphIndexAt(other.start());
            boolean samePara = p == paragraph;
            boolean previousPara = p == paragraph - 1 && j < i;
            if ((samePara || previousPara) && Math.abs(j - i) < bestDistance) {
                best = other;
                bestDistance = Math.abs(j - i) + (samePara ? 0 : 1000);
            }
        }
        if (best == null) {
            // Further back: a quote with no cue usually goes on with the article's last speaker.
            for (int j = i - 1; j >= 0 && best == null; j--) {
                Quote other = quotes.get(j);
                if (other.hasSpeakerMention()) {
                    best = other; // its mention, even when that mention could not be resolved to a name
                }
            }
        }
        return best;
    }

    /**
     * Names by capitalisation: runs of capitalised tokens, cut after a possessive ("Korea's") and
     * after titles ("Defence Minister"), which become the name's roles along with title words
     * written just before the run ("leader Kim Jong Un").
     */
    List<NameMention> findNames(AnnotatedArticle article) {
        List<Token> tokens = article.tokens();
        String text = article.text();
        List<NameMention> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isCapitalised(tokens.get(i).text())) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && isCapitalised(tokens.get(j + 1).text())
                    && tokens.get(j + 1).sentenceIndex() == tokens.get(i).sentenceIndex()
                    && onlySpaces(text, tokens.get(j).end(), tokens.get(j + 1).begin())) {
                j++;
            }
            Set<String> roles = new HashSet<>();
            int k = i - 1;
            while (k >= 0 && k >= i - 3 && titles.contains(tokens.get(k).text())
                    && tokens.get(k).sentenceIndex() == tokens.get(i).sentenceIndex()) {
                roles.add(Lexicon.normalise(tokens.get(k).text()));
                k--;
            }
            int nameFrom = i;
            for (int m = i; m <= j; m++) {
                String w = tokens.get(m).text();
                String norm = Lexicon.normalise(w);
                if (norm.endsWith("'s") || norm.endsWith("'")) {
                    for (int r = i; r <= m; r++) {
                        roles.add(Lexicon.normalise(tokens.get(r).text()).replaceAll("'s?$", ""));
                    }
                    nameFrom = m + 1;
                } else if (titles.contains(w) || (m == nameFrom && nameStopwords.contains(w))) {
                    roles.add(norm);
                    nameFrom = m + 1;
                } else if (m < j && m + 1 <= j && titles.contains(tokens.get(m + 1).text())) {
                    // A modifier of a title: "Defence" in "Defence Minister".
                    roles.add(norm);
                    nameFrom = m + 1;
                }
            }
            if (nameFrom <= j) {
                int begin = tokens.get(nameFrom).begin();
                int end = tokens.get(j).end();
                names.add(new NameMention(begin, end, text.substring(begin, end), roles));
            }
            i = j + 1;
        }
        return names;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0))
                && !token.toUpperCase(Locale.ROOT).equals(token.toLowerCase(Locale.ROOT)) && token.length() > 0
                && (token.length() == 1 || token.chars().anyMatch(Character::isLowerCase) || token.length() <= 4);
    }
}
