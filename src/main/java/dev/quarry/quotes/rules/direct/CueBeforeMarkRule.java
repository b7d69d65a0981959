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
import static dev.quarry.quotes.QuoteWords.PREPOSITIONS_BEFORE_PARTICIPLE;

/**
 * {@code X said: "..."}, {@code X told Y, "..."}, {@code X called it "..."}: a cue shortly before the
 * opening mark, its subject before it. After "upon saying" or with no subject written, the speaker is
 * left for the finder to take from the sentence's subject.
 */
public final class CueBeforeMarkRule extends DirectRule {

    public static final String NAME = "cue-before-mark";
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
            TokenRange subject = SpeakerPhrases.subjectOfLastVerb(before, cueIndex - 1);
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
