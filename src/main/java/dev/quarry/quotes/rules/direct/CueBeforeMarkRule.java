package dev.quarry.quotes.rules.direct;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Sentence;
import dev.quarry.text.Token;
import dev.quarry.text.TokenRange;
import dev.quarry.quotes.Attribution;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.DirectRule;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.text.SpeakerPhrases;
import dev.quarry.quotes.text.TokenShapes;

import java.util.List;

import static dev.quarry.quotes.QuoteWords.BOUNDARY_WORDS;
import static dev.quarry.quotes.QuoteWords.DETERMINERS;
import static dev.quarry.quotes.QuoteWords.MONTHS;
import static dev.quarry.quotes.QuoteWords.PREPOSITIONS;
import static dev.quarry.quotes.QuoteWords.SUBJECT_PRONOUNS;
import static dev.quarry.quotes.QuoteWords.TIME_WORDS;
import static dev.quarry.quotes.QuoteWords.PREPOSITIONS_BEFORE_PARTICIPLE;

/**
 * {@code X said: "..."}, {@code X told Y, "..."}, {@code X called it "..."}: a cue shortly before the
 * opening mark, its subject before it. After "upon saying" or with no subject written, the speaker is
 * left for the finder to take from the sentence's subject.
 */
public final class CueBeforeMarkRule extends DirectRule {

    public static final String NAME = "cue-before-mark";
    /** Tags of capitalised words that open a sentence without being part of its subject ("Then", "But", "Amid"). */
    private static final java.util.Set<String> NOT_SUBJECT_TAGS = java.util.Set.of("EX", "IN", "RB", "UH", "WRB", "WP", "CC");
    /** Most tokens allowed between a cue and the opening mark ("told reporters on Tuesday:"). */
    private static final int MAX_CUE_TO_MARK_TOKENS = 5;

    public CueBeforeMarkRule() {
        super(NAME, Place.BEFORE_MARK);
    }

    @Override
    public Outcome<Attribution> apply(DirectContext context) {
        int openMark = context.span().openMark();
        List<Token> before = tokensBefore(context.article(), openMark);
        int k = before.size() - 1;
        if (k < 0) {
            return Outcome.claimed();
        }
        boolean introduced = false;
        String lastText = before.get(k).text();
        if (lastText.equals(":") || lastText.equals(",")) {
            introduced = true;
            k--;
        } else if (before.get(k).punctuation()) {
            return Outcome.claimed();
        }
        int cueIndex = -1;
        for (int j = k; j >= 0 && k - j <= MAX_CUE_TO_MARK_TOKENS; j--) {
            Token token = before.get(j);
            if (token.punctuation() || token.quoteMark()) {
                break;
            }
            if (context.lexicons().cues().contains(token.text())) {
                cueIndex = j;
                break;
            }
        }
        if (cueIndex < 0 || (cueIndex == 0 && !introduced)) {
            return Outcome.claimed();
        }
        Token cue = before.get(cueIndex);
        if (cue.text().endsWith("ing") && cueIndex > 0 && PREPOSITIONS_BEFORE_PARTICIPLE.contains(before.get(cueIndex - 1).lower())) {
            // "... incurred boos upon saying, '...'": the speaker is the clause's subject.
            return Outcome.of(new Attribution(cue.span(), null, openMark, introduced, NAME));
        }
        if (cueIndex > 0 && TokenShapes.isComma(before.get(cueIndex - 1)) && cue.text().endsWith("ing")) {
            // "Trump attacked Clinton over Iraq and Libya, saying, '...'": a participle after a comma has the
            // subject of the clause it hangs from, not the noun before the comma.
            TokenRange subject = subjectOfVerbBefore(before, cueIndex - 1);
            if (subject != null) {
                return Outcome.of(new Attribution(cue.span(), subject.span(before), openMark, introduced, NAME));
            }
        }
        TokenRange speaker = SpeakerPhrases.trimmed(before, subjectStart(before, cueIndex), cueIndex - 1);
        if (speaker == null) {
            // "... by saying, '...'": the quote is introduced even though its speaker is not written here.
            return Outcome.of(introduced ? new Attribution(cue.span(), null, openMark, true, NAME) : null);
        }
        return Outcome.of(new Attribution(cue.span(), speaker.span(before), openMark, introduced, NAME));
    }

    /**
     * The subject of the last finite verb before token {@code end}, adverbs allowed between ("Mr. Ackman
     * wrote", "Hillary Clinton immediately posted", "then he cut"): a pronoun or a capitalised run. Null
     * when that subject is a common noun ("about 50 protesters had gathered") or a quotation stands
     * between, whose words are not the clause's.
     */
    static TokenRange subjectOfVerbBefore(List<Token> before, int end) {
        int v = end - 1;
        while (v > 0 && !(before.get(v).finiteVerb() || "MD".equals(before.get(v).pos()))) {
            if (before.get(v).quoteMark()) {
                return null;
            }
            v--;
        }
        int s = v - 1;
        while (s >= 0 && "RB".equals(before.get(s).pos())) {
            s--;
        }
        if (v <= 0 || s < 0) {
            return null;
        }
        Token t = before.get(s);
        if (SUBJECT_PRONOUNS.contains(t.lower())) {
            return new TokenRange(s, s);
        }
        if (!TokenShapes.isName(t)) {
            return null;
        }
        int from = s;
        while (from > 0 && TokenShapes.isName(before.get(from - 1))) {
            from--;
        }
        while (from < s && NOT_SUBJECT_TAGS.contains(String.valueOf(before.get(from).pos()))) {
            from++;
        }
        // "One operative inside Trump Tower tried", "negotiations in Paris on Saturday ended": a name after a
        // preposition is not the subject, nor is a day or month.
        int p = from - 1;
        if (p >= 0 && DETERMINERS.contains(before.get(p).lower())) {
            p--;
        }
        if (p >= 0 && ("IN".equals(before.get(p).pos()) || PREPOSITIONS.contains(before.get(p).lower()))
                || from == s && (TIME_WORDS.contains(t.lower()) || MONTHS.contains(t.lower()))) {
            return null;
        }
        return SpeakerPhrases.trimmed(before, from, s);
    }

    /** The tokens of the mark's sentence before it; a segmenter may put "He said:" in the sentence before. */
    private static List<Token> tokensBefore(AnnotatedArticle article, int openMark) {
        int s = article.sentenceIndexAt(openMark);
        if (s < 0) {
            return List.of();
        }
        Sentence sentence = article.sentences().get(s);
        List<Token> before = article.tokensIn(sentence.begin(), openMark);
        if (before.isEmpty() && s > 0 && article.sentences().get(s - 1).paragraphIndex() == sentence.paragraphIndex()) {
            before = article.tokensIn(article.sentences().get(s - 1).begin(), openMark);
        }
        return before;
    }

    /** How far back the subject of the cue at {@code cueIndex} may reach: to punctuation or a clause word. */
    private static int subjectStart(List<Token> before, int cueIndex) {
        int from = Math.max(0, cueIndex - 1);
        while (from > 0) {
            Token previous = before.get(from - 1);
            if (previous.punctuation() || previous.quoteMark() || BOUNDARY_WORDS.contains(previous.lower())
                    || cueIndex - from >= SpeakerPhrases.MAX_SPEAKER_TOKENS) {
                break;
            }
            from--;
        }
        return from;
    }
}
