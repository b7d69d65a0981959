package dev.quarry.quotes.speakers;

import dev.quarry.quotes.Quote;
import dev.quarry.text.Lexicon;
import dev.quarry.text.Token;

import java.util.List;

/**
 * The person a pronoun speaker ("he", "she") stands for: only persons, only of an agreeing gender,
 * never a name inside a quotation, and by salience rather than nearness:
 * <ol>
 *   <li>a subject earlier in the pronoun's own sentence ("Trump made the reference as he discussed");</li>
 *   <li>else the last speaker (in this paragraph or the two before), unless a later sentence opens
 *       with a new person as its subject, or has one who says something ("..., Mr. Obama said."),
 *       who then wins; or, when that speaker spoke in an earlier paragraph, unless the pronoun's
 *       own paragraph names one person of agreeing gender before it, and no such pronoun first;</li>
 *   <li>else the person that opens the nearest earlier sentence opening with one (up to six back);</li>
 *   <li>else the last person named.</li>
 * </ol>
 * In steps 2 and 3 a sentence that opens with a role the article gave a person ("In defeat, the
 * president appeared cowed.", "The president's Pacific roots also came into play.") opens with that
 * person, as a name would: the role keeps the topic on its holder, even as a possessor.
 */
final class PronounAntecedent {

    private static final int SENTENCES_BACK = 6;
    /** How many tokens an introductory phrase before a sentence's role subject may have ("In defeat,"). */
    private static final int INTRODUCTION_TOKENS = 6;

    private final ArticleContext c;

    PronounAntecedent(ArticleContext c) {
        this.c = c;
    }

    /** The person a pronoun at offset {@code at}, in {@code q}'s attribution, stands for. */
    Referent find(Quote q, int at, Gender gender, List<SpeakerResolver.Said> said) {
        int sentence = c.article().sentenceIndexAt(at);
        NameMention sameSentence = null;
        NameMention lastAny = null;
        for (NameMention m : c.referents().mentions()) {
            if (m.end() > at) {
                break;
            }
            if (eligible(m, gender)) {
                lastAny = m;
                if (c.article().sentenceIndexAt(m.begin()) == sentence && c.subjectLike(m)) {
                    sameSentence = m;
                }
            }
        }
        if (sameSentence != null) {
            return sameSentence.referent();
        }
        SpeakerResolver.Said last = c.lastSaid(said, q, 2);
        if (last != null && last.referent().person() && last.referent().gender.agrees(gender)) {
            int from = c.article().sentenceIndexAt(last.position()) + 1;
            Referent newer = later(subjectBetween(from, sentence - 1, gender, true), roleSubjectBetween(from, sentence - 1, gender));
            if (newer != null) {
                return newer;
            }
            Referent onlyInParagraph = onlyPersonInParagraphBefore(at, gender);
            boolean earlierParagraph = last.paragraph() < c.article().paragraphIndexAt(at);
            return earlierParagraph && onlyInParagraph != null ? onlyInParagraph : last.referent();
        }
        int from = Math.max(0, sentence - SENTENCES_BACK);
        Referent subject = later(subjectBetween(from, sentence - 1, gender, false), roleSubjectBetween(from, sentence - 1, gender));
        if (subject != null) {
            return subject;
        }
        return lastAny == null ? null : lastAny.referent();
    }

    /**
     * The one person of agreeing gender that the pronoun's paragraph names before it (outside
     * quotations), or null when it names none or several, or when a pronoun of that gender comes
     * first: a new paragraph about Mr. Obama has moved on from the previous paragraph's speaker.
     */
    private Referent onlyPersonInParagraphBefore(int at, Gender gender) {
        int paragraph = c.article().paragraphIndexAt(at);
        Referent only = null;
        for (NameMention m : c.referents().mentions()) {
            if (m.end() > at) {
                break;
            }
            if (c.article().paragraphIndexAt(m.begin()) != paragraph || !eligible(m, gender)) {
                continue;
            }
            if (only != null && only != m.referent()) {
                return null;
            }
            if (only == null && pronounBefore(c.article().paragraphs().get(paragraph).begin(), m.begin(), gender)) {
                return null; // "But he also took swipes at Marco Rubio": the paragraph goes on about the earlier person
            }
            only = m.referent();
        }
        return only;
    }

    /** Whether a person pronoun of {@code gender} stands between two offsets, outside quotations. */
    private boolean pronounBefore(int from, int to, Gender gender) {
        for (Token t : c.article().tokensIn(from, to)) {
            if (c.lexicons().pronouns.contains(t.text()) && c.lexicons().genderOfWord(t.text()) == gender && !c.inQuoteContent(t.begin())) {
                return true;
            }
        }
        return false;
    }

    /** A sentence that opens with a role, and the person the article gave that role. */
    private record RoleSubject(int sentence, Referent referent) {
    }

    /** Of a named subject and a role subject, the one in the later sentence (the name when they share one). */
    private Referent later(NameMention named, RoleSubject role) {
        if (role == null) {
            return named == null ? null : named.referent();
        }
        if (named == null) {
            return role.referent();
        }
        return c.article().sentenceIndexAt(named.begin()) >= role.sentence() ? named.referent() : role.referent();
    }

    /** The latest sentence from {@code from} to {@code to} that opens with a role held by a person of agreeing gender. */
    private RoleSubject roleSubjectBetween(int from, int to, Gender gender) {
        for (int s = to; s >= Math.max(0, from); s--) {
            Referent r = roleSubject(s);
            if (r != null && r.person() && r.gender.agrees(gender) && c.referents().pronounCandidate(r)) {
                return new RoleSubject(s, r);
            }
        }
        return null;
    }

    /**
     * The person a sentence opens with when it opens with a definite role: "the" and a title, after at
     * most a short introductory phrase closed by a comma, with no quotation before it, and the title
     * not followed by a name (that is a name mention of its own).
     */
    private Referent roleSubject(int s) {
        dev.quarry.text.Sentence sentence = c.article().sentences().get(s);
        List<Token> tokens = c.article().tokensIn(sentence.begin(), sentence.end());
        int start = 0;
        if (tokens.isEmpty() || c.inQuoteContent(sentence.begin())) {
            return null;
        }
        if (!tokens.get(0).lower().equals("the")) {
            start = -1;
            for (int k = 0; k < Math.min(tokens.size() - 1, INTRODUCTION_TOKENS); k++) {
                Token t = tokens.get(k);
                if (t.quoteMark()) {
                    return null;
                }
                if (t.text().equals(",")) {
                    start = k + 1;
                    break;
                }
            }
            if (start < 0 || !tokens.get(start).lower().equals("the")) {
                return null;
            }
        }
        int title = start + 1;
        while (title < tokens.size() && title - start <= 2 && !isTitle(tokens.get(title))) {
            Token t = tokens.get(title);
            if (t.quoteMark() || t.punctuation()) {
                return null;
            }
            title++;
        }
        if (title >= tokens.size() - 1 || !isTitle(tokens.get(title))) {
            return null;
        }
        Token next = tokens.get(title + 1);
        boolean possessive = Lexicon.normalise(tokens.get(title).text()).endsWith("'s") || Lexicon.normalise(next.text()).equals("'s");
        if (!possessive && (next.capitalised() || next.pos() != null && next.pos().startsWith("NN") || isTitle(next))) {
            return null;
        }
        List<String> words = SpeakerResolver.lowerWords(tokens.subList(start, title + 1));
        if (words.isEmpty()) {
            return null;
        }
        return new RoleNounResolution(c, c.lexicons()).holderOfAllBefore(sentence.begin(), words);
    }

    private boolean isTitle(Token t) {
        return c.lexicons().titles.contains(Lexicon.normalise(t.text()).replaceAll("'s$", ""));
    }

    private boolean eligible(NameMention m, Gender gender) {
        return c.referents().pronounCandidate(m.referent()) && m.referent().gender.agrees(gender) && !c.inQuoteContent(m);
    }

    /**
     * The subject that opens the latest sentence from {@code from} to {@code to} (inclusive) that has
     * one; with {@code speaking}, a subject that says something later in its sentence counts too
     * ("... could displace millions, Mr. Obama said in his interview.").
     */
    private NameMention subjectBetween(int from, int to, Gender gender, boolean speaking) {
        NameMention found = null;
        int foundSentence = -1;
        for (NameMention m : c.referents().mentions()) {
            int s = c.article().sentenceIndexAt(m.begin());
            if (s > to) {
                break;
            }
            if (s >= from && s > foundSentence && eligible(m, gender) && (c.opensSentence(m) || speaking && c.speaks(m))) {
                found = m;
                foundSentence = s;
            }
        }
        return found;
    }
}
