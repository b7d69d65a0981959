package dev.quarry.quotes.speakers;

import dev.quarry.quotes.Quote;

import java.util.List;

/**
 * The person a pronoun speaker ("he", "she") stands for: only persons, only of an agreeing gender,
 * never a name inside a quotation, and by salience rather than nearness:
 * <ol>
 *   <li>a subject earlier in the pronoun's own sentence ("Trump made the reference as he discussed");</li>
 *   <li>else the last speaker (in this paragraph or the two before), unless a later sentence opens
 *       with a new person as its subject, or has one who says something ("..., Mr. Obama said."),
 *       who then wins;</li>
 *   <li>else the person that opens the nearest earlier sentence opening with one (up to six back);</li>
 *   <li>else the last person named.</li>
 * </ol>
 */
final class PronounAntecedent {

    private static final int SENTENCES_BACK = 6;

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
            NameMention newer = subjectBetween(c.article().sentenceIndexAt(last.position()) + 1, sentence - 1, gender, true);
            return newer != null ? newer.referent() : last.referent();
        }
        NameMention subject = subjectBetween(Math.max(0, sentence - SENTENCES_BACK), sentence - 1, gender, false);
        if (subject != null) {
            return subject.referent();
        }
        return lastAny == null ? null : lastAny.referent();
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
