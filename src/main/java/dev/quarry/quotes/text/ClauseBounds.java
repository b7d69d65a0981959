package dev.quarry.quotes.text;

import dev.quarry.text.Sentence;
import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.quotes.QuoteLexicons;

import java.util.List;

import static dev.quarry.quotes.QuoteWords.ADDRESSEE_DETERMINERS;
import static dev.quarry.quotes.QuoteWords.CLAUSE_COORDINATORS;
import static dev.quarry.quotes.QuoteWords.CLAUSE_CUTS;
import static dev.quarry.quotes.QuoteWords.CLAUSE_OPENERS;
import static dev.quarry.quotes.QuoteWords.CONJOINED_CUTS;
import static dev.quarry.quotes.QuoteWords.DASHES;
import static dev.quarry.quotes.QuoteWords.INTRODUCTORY_OPENERS;
import static dev.quarry.quotes.QuoteWords.PREPOSITIONS_BEFORE_PARTICIPLE;
import static dev.quarry.quotes.QuoteWords.SUBJECT_PRONOUNS;
import static dev.quarry.quotes.QuoteWords.SUBORDINATORS;

/**
 * Where clauses of one sentence begin and end: the content of reported speech, a subordinate or
 * relative attribution, a stance's object. Token indexes are into the sentence's token list; an
 * "end" is one past the last token.
 */
public final class ClauseBounds {

    private final QuoteLexicons lexicons;

    public ClauseBounds(QuoteLexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** Index one past the sentence's last content token (its final punctuation excluded). */
    public static int contentEnd(List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).punctuation()) {
            end--;
        }
        return end;
    }

    /**
     * Where content that starts at token {@code from} ends: at the sentence end, or earlier at a dash
     * or at a trailing clause that is the writer's, not the speaker's (", echoing ...", ", when ...").
     */
    public int contentEndFrom(List<Token> tokens, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            int stop = sentenceStopAt(tokens, k, end);
            if (stop >= 0) {
                return stop;
            }
            Token t = tokens.get(k);
            // "... said that X and said that Y": the second cue starts an attribution of its own.
            boolean secondCue = t.lower().equals("and") && k + 1 < end && lexicons.cues().contains(tokens.get(k + 1).text())
                    && tokens.get(k + 1).lowerInitial();
            // "that he would offer a prayer but did not suggest ...": a verb right after "but" shares the
            // main clause's subject, not the content's.
            boolean conjoinedVerb = CONJOINED_CUTS.contains(t.lower()) && k + 1 < end && tokens.get(k + 1).finiteVerb();
            if (secondCue || secondAttribution(tokens, k, end) || DASHES.contains(t.text()) || conjoinedVerb || writersClauseAfterComma(tokens, k, end)) {
                return trimPunctuation(tokens, from, k);
            }
        }
        return end;
    }

    /**
     * "said that the footage did not give evidence, but he said that ...": a conjunction, then a
     * subject of its own (a pronoun, or up to four capitalised words) and a cue, starts a new attribution.
     */
    private boolean secondAttribution(List<Token> tokens, int k, int end) {
        if (!CLAUSE_COORDINATORS.contains(tokens.get(k).lower())) {
            return false;
        }
        int j = k + 1;
        if (j < end && SUBJECT_PRONOUNS.contains(tokens.get(j).lower())) {
            j++;
        } else {
            while (j < end && j <= k + 4 && tokens.get(j).capitalised() && !tokens.get(j).quoteMark()) {
                j++;
            }
            if (j == k + 1 || j > k + 4) {
                return false;
            }
        }
        return j < end && lexicons.cues().contains(tokens.get(j).text()) && tokens.get(j).lowerInitial();
    }

    /** A sentence end the detector missed at token {@code k}: the index content ends at, or -1. */
    private static int sentenceStopAt(List<Token> tokens, int k, int end) {
        Token t = tokens.get(k);
        // 'they were "very worried." In Virginia, ...': a full stop inside a closing quote ends the
        // sentence even where the sentence detector went on.
        if (TokenShapes.isStop(t) && k + 2 < end && tokens.get(k + 1).quoteMark() && tokens.get(k + 2).capitalised()) {
            return k + 2;
        }
        if (TokenShapes.isStop(t) && k + 1 < end && tokens.get(k + 1).capitalised() && !TokenShapes.abbreviation(tokens.get(k - 1))) {
            return k;
        }
        // The same with the mark glued to the stop: 'could go." Neither ...'.
        String s = t.text();
        if (s.length() > 1 && ".?!".indexOf(s.charAt(0)) >= 0 && t.punctuation() && t.quoteMark()
                && k + 1 < end && tokens.get(k + 1).capitalised()) {
            return k + 1;
        }
        return -1;
    }

    /** ", echoing ...", ", when ...": after a comma, a participle or a clause cut opens the writer's own clause. */
    private static boolean writersClauseAfterComma(List<Token> tokens, int k, int end) {
        if (!tokens.get(k).text().equals(",") || k + 1 >= end) {
            return false;
        }
        Token next = tokens.get(k + 1);
        String w = next.lower();
        return (TokenShapes.participle(next) && !w.equals("including")) || CLAUSE_CUTS.contains(w);
    }

    /** {@code k}, moved back over punctuation, but not to {@code from} or before. */
    public static int trimPunctuation(List<Token> tokens, int from, int k) {
        while (k > from + 1 && tokens.get(k - 1).punctuation()) {
            k--;
        }
        return k;
    }

    /**
     * Where the content of a subordinate or relative attribution ends: "While he said he'd hold a
     * hearing, it's unlikely ..." and "Podesta, who said the project was vetted, said ..." end at the
     * comma that returns to the main clause.
     */
    public static int subordinateEnd(List<Token> tokens, int speakerStart, int from, int end) {
        String first = tokens.get(speakerStart).lower();
        boolean relative = (first.equals("who") || first.equals("which")) && speakerStart > 0
                && TokenShapes.isComma(tokens.get(speakerStart - 1));
        boolean subordinate = speakerStart > 0 && SUBORDINATORS.contains(tokens.get(speakerStart - 1).lower());
        if (!relative && !subordinate) {
            return end;
        }
        for (int k = from + 1; k < end; k++) {
            if (TokenShapes.isComma(tokens.get(k))) {
                return tokens.get(k).text().equals(",") ? trimPunctuation(tokens, from, k) : k + 1;
            }
        }
        return end;
    }

    /**
     * Where a stance's object ends: "endorsed Trump last week and has appeared ...": a finite verb after
     * "and" or "but" (an adverb may stand between) goes on with the main clause's subject.
     */
    public static int objectEnd(List<Token> tokens, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            String w = tokens.get(k).lower();
            if ((w.equals("and") || w.equals("but")) && k + 1 < end && (tokens.get(k + 1).finiteVerb()
                    || (k + 2 < end && TokenShapes.adverb(tokens.get(k + 1)) && tokens.get(k + 2).finiteVerb()))) {
                return trimPunctuation(tokens, from, k);
            }
        }
        return end;
    }

    /** Where the clause whose verb group starts at {@code b} begins: after the nearest comma, dash or conjunction before it. */
    public static int clauseStart(List<Token> tokens, int b) {
        int start = b;
        while (start > 0) {
            Token previous = tokens.get(start - 1);
            String t = previous.text();
            if (t.equals(",") || t.equals(";") || t.equals(":") || t.equals("(") || DASHES.contains(t)
                    || CLAUSE_OPENERS.contains(previous.lower())) {
                break;
            }
            start--;
        }
        while (start < b && (tokens.get(start).punctuation() || tokens.get(start).quoteMark())) {
            start++;
        }
        return start;
    }

    /** The sentence start, skipping leading punctuation. */
    public static int sentenceStartAfterLeadingQuote(List<Token> tokens, Sentence sentence) {
        for (Token t : tokens) {
            if (!t.punctuation()) {
                return t.begin();
            }
        }
        return sentence.begin();
    }

    /** The sentence opens with an introductory phrase ("Noting ...", "Despite ...", "After the debate ...") before {@code c}. */
    public static boolean introductoryBefore(List<Token> tokens, int c) {
        for (int k = 0; k < c; k++) {
            Token t = tokens.get(k);
            if (t.punctuation() || t.quoteMark()) {
                continue;
            }
            String w = t.lower();
            return INTRODUCTORY_OPENERS.contains(w) || (w.endsWith("ing") && w.length() > 4);
        }
        return false;
    }

    /** The cue is followed by a clause of its own: "said that ...", "said he ...". */
    public static boolean clauseFollows(List<Token> tokens, int from, int end) {
        if (from >= end) {
            return false;
        }
        String w = tokens.get(from).lower();
        return w.equals("that") || SUBJECT_PRONOUNS.contains(w);
    }

    /** "..., saying ..." and "... before saying ...": the participle at {@code c} has the main clause's subject. */
    public static boolean participleOfMainClause(List<Token> tokens, int c) {
        if (!tokens.get(c).text().endsWith("ing") || c == 0) {
            return false;
        }
        String before = tokens.get(c - 1).lower();
        return before.equals(",") || PREPOSITIONS_BEFORE_PARTICIPLE.contains(before);
    }

    /** The index of the first token after both the cue at {@code c} and the speaker. */
    public static int indexAfterSpeakerAndCue(List<Token> tokens, int c, Span speaker) {
        int k = c + 1;
        while (k < tokens.size() && tokens.get(k).end() <= Math.max(speaker.end(), tokens.get(c).end())) {
            k++;
        }
        return k;
    }

    /** After "told": skips the addressee ("reporters", "the BBC", "him", "CNN's Jake Tapper"). */
    public static int skipObject(List<Token> tokens, int from, int end) {
        if (from >= end) {
            return from;
        }
        int k = from;
        if (ADDRESSEE_DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k < end && Character.isUpperCase(tokens.get(k).text().charAt(0))) {
            while (k < end && Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                k++;
            }
            return k;
        }
        return Math.min(end, k + 1);
    }
}
