package dev.quarry.quotes.text;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.text.TokenRange;
import dev.quarry.quotes.QuoteLexicons;
import dev.quarry.quotes.ReportedCandidate;

import java.util.List;
import java.util.Set;

import static dev.quarry.quotes.QuoteWords.AUXILIARIES;
import static dev.quarry.quotes.QuoteWords.BOUNDARY_WORDS;
import static dev.quarry.quotes.QuoteWords.CONTENT_CANNOT_START;
import static dev.quarry.quotes.QuoteWords.DASHES;
import static dev.quarry.quotes.QuoteWords.DETERMINERS;
import static dev.quarry.quotes.QuoteWords.INTRODUCTORY_OPENERS;
import static dev.quarry.quotes.QuoteWords.LEADING_FILLERS;
import static dev.quarry.quotes.QuoteWords.MONTHS;
import static dev.quarry.quotes.QuoteWords.NAME_OPENERS;
import static dev.quarry.quotes.QuoteWords.PREPOSITIONS;
import static dev.quarry.quotes.QuoteWords.SPEAKER_OPENERS;
import static dev.quarry.quotes.QuoteWords.SPEAKER_STOPS_AFTER_CUE;
import static dev.quarry.quotes.QuoteWords.SUBJECT_PRONOUNS;
import static dev.quarry.quotes.QuoteWords.TIME_WORDS;
import static dev.quarry.quotes.QuoteWords.TIME_PREPOSITIONS;

/** Finding the noun phrase that names a speaker: before a cue, after an inverted cue, or a clause's subject. */
public final class SpeakerPhrases {

    /** Longest speaker mention next to a quotation mark, in tokens. */
    public static final int MAX_SPEAKER_TOKENS = 24;
    /** Longest speaker mention before a reported-speech cue, in tokens. */
    private static final int MAX_REPORTED_SPEAKER_TOKENS = 10;
    /** "Peter Hoekstra, a Michigan Republican who led the House Intelligence Committee, said". */
    private static final int MAX_APPOSITION_TOKENS = 24;

    private SpeakerPhrases() {
    }

    /** Drops leading fillers and trailing auxiliaries and time phrases from tokens [from, to]; null if nothing is left. */
    public static TokenRange trimmed(List<Token> tokens, int from, int to) {
        while (from <= to && (tokens.get(from).punctuation() || LEADING_FILLERS.contains(tokens.get(from).lower()))) {
            from++;
        }
        boolean changed = true;
        while (changed && to >= from) {
            changed = false;
            String w = tokens.get(to).lower();
            if (PartyTags.closes(tokens.get(to)) && PartyTags.openBefore(tokens, to - 1, from, Integer.MAX_VALUE) >= 0) {
                break; // a party tag "(D-Md.)" closes the name it belongs to
            }
            if (AUXILIARIES.contains(w) || tokens.get(to).punctuation()) {
                to--;
                changed = true;
            } else if (TIME_WORDS.contains(w) || w.matches("\\d{4}|\\d{1,2}")) {
                // "on Tuesday", "last week", "in a statement", "on March 3"
                int p = to - 1;
                while (p >= from && p >= to - 3 && !TIME_PREPOSITIONS.contains(tokens.get(p).lower())) {
                    p--;
                }
                if (p >= from && p >= to - 3 && p > from) {
                    to = p - 1;
                    changed = true;
                }
            }
        }
        if (to < from || to - from + 1 > MAX_SPEAKER_TOKENS) {
            return null;
        }
        String first = tokens.get(from).lower();
        if (BOUNDARY_WORDS.contains(first) || first.equals("to")) {
            return null;
        }
        return new TokenRange(from, to);
    }

    /** The noun phrase after a cue ("said Jane Doe, a spokeswoman"), from token {@code from}; null if there is none. */
    public static TokenRange nounPhraseAfter(List<Token> window, int from) {
        int to = from - 1;
        for (int k = from; k < window.size() && k - from < MAX_SPEAKER_TOKENS; k++) {
            Token token = window.get(k);
            if (token.punctuation() || SPEAKER_STOPS_AFTER_CUE.contains(token.lower())) {
                break;
            }
            to = k;
        }
        return to < from ? null : new TokenRange(from, to);
    }

    /** The subject right before the cue at {@code c}, or null. */
    public static TokenRange before(List<Token> tokens, int c) {
        int to = c - 1;
        while (to >= 0 && (AUXILIARIES.contains(tokens.get(to).lower()) || TokenShapes.adverb(tokens.get(to)))) {
            to--;
        }
        to = beforeTimePhrase(tokens, to);
        if (to > 0 && PartyTags.closes(tokens.get(to))) {
            // "Sen. Elizabeth Warren (D-MA) said": the party tag belongs to the name before it.
            int open = PartyTags.openBefore(tokens, to, 1, MAX_APPOSITION_TOKENS);
            if (open > 0) {
                TokenRange name = before(tokens, open);
                return name == null ? null : new TokenRange(name.first(), to);
            }
        }
        to = beforeApposition(tokens, to);
        if (to < 0 || tokens.get(to).punctuation()) {
            return null;
        }
        String adjacent = tokens.get(to).lower();
        if (adjacent.equals("who") || adjacent.equals("which") || adjacent.equals("that") && to > 0 && !tokens.get(to - 1).punctuation()) {
            return new TokenRange(to, to); // "X, who said ...": the relative pronoun is the local mention
        }
        if (BOUNDARY_WORDS.contains(adjacent)) {
            return null; // "... and said that": the subject is further back
        }
        int from = to;
        while (from > 0) {
            Token previous = tokens.get(from - 1);
            if (previous.punctuation() || BOUNDARY_WORDS.contains(previous.lower()) || to - from + 1 >= MAX_REPORTED_SPEAKER_TOKENS) {
                break;
            }
            from--;
        }
        String first = tokens.get(from).lower();
        if (BOUNDARY_WORDS.contains(first) || CONTENT_CANNOT_START.contains(first) && !first.equals("this")) {
            return null;
        }
        // Shared with direct quotes: drop trailing auxiliaries and time phrases ("X on Tuesday said").
        return trimmed(tokens, from, to);
    }

    /** "Reince Priebus, the GOP chairman, this past week announced": a time phrase ending at {@code to} is not the speaker. */
    private static int beforeTimePhrase(List<Token> tokens, int to) {
        if (to >= 1 && TIME_WORDS.contains(tokens.get(to).lower())) {
            int p = to - 1;
            while (p >= 0 && to - p <= 3 && !TIME_PREPOSITIONS.contains(tokens.get(p).lower())) {
                p--;
            }
            if (p >= 0 && to - p <= 3 && (p == 0 || tokens.get(p - 1).punctuation())) {
                return p - 1;
            }
        }
        return to;
    }

    /** "Whitfield, now 88, said": steps over an apposition ending in a comma at {@code to} to the name before it. */
    private static int beforeApposition(List<Token> tokens, int to) {
        if (to > 0 && tokens.get(to).text().equals(",")) {
            int open = to - 1;
            while (open > 0 && to - open <= MAX_APPOSITION_TOKENS && !tokens.get(open).text().equals(",")) {
                open--;
            }
            if (open > 0 && tokens.get(open).text().equals(",") && open < to - 1) {
                return open - 1;
            }
        }
        return to;
    }

    /** The noun phrase after an inverted cue ("..., said Jane Doe, a spokeswoman."), or null. */
    public static Span after(List<Token> tokens, int from, int end) {
        int to = from - 1;
        for (int k = from; k < end && k - from < MAX_REPORTED_SPEAKER_TOKENS; k++) {
            Token t = tokens.get(k);
            if (t.punctuation() || BOUNDARY_WORDS.contains(t.lower()) || CONTENT_CANNOT_START.contains(t.lower())) {
                break;
            }
            if (AUXILIARIES.contains(t.lower())) {
                return null; // "..., said she was honoured" is a clause, not a speaker
            }
            to = k;
        }
        return to < from ? null : new Span(tokens.get(from).begin(), tokens.get(to).end());
    }

    /** A speaker mention starts with a name, a pronoun, a determiner or a plural noun of people, not "is widely". */
    public static boolean canOpen(Token token) {
        String t = token.text();
        return Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)) || SPEAKER_OPENERS.contains(token.lower());
    }

    /** Tags of capitalised words that open a sentence without being part of its subject ("Then", "But", "Amid"). */
    private static final Set<String> NOT_SUBJECT_TAGS = Set.of("EX", "IN", "RB", "UH", "WRB", "WP", "CC");

    /**
     * The subject of the last finite verb before token {@code end}, adverbs allowed between ("Mr. Ackman
     * wrote", "Hillary Clinton immediately posted", "then he cut"): a pronoun or a capitalised run. Null
     * when that subject is a common noun ("about 50 protesters had gathered") or a quotation stands
     * between, whose words are not the clause's.
     */
    public static TokenRange subjectOfLastVerb(List<Token> tokens, int end) {
        int v = end - 1;
        while (v > 0 && !(tokens.get(v).finiteVerb() || "MD".equals(tokens.get(v).pos()))) {
            if (tokens.get(v).quoteMark()) {
                return null;
            }
            v--;
        }
        int s = v - 1;
        while (s >= 0 && "RB".equals(tokens.get(s).pos())) {
            s--;
        }
        if (v <= 0 || s < 0) {
            return null;
        }
        Token t = tokens.get(s);
        if (SUBJECT_PRONOUNS.contains(t.lower())) {
            return new TokenRange(s, s);
        }
        if (!TokenShapes.isName(t)) {
            return null;
        }
        int from = s;
        while (from > 0 && TokenShapes.isName(tokens.get(from - 1))) {
            from--;
        }
        while (from < s && NOT_SUBJECT_TAGS.contains(String.valueOf(tokens.get(from).pos()))) {
            from++;
        }
        // "One operative inside Trump Tower tried", "negotiations in Paris on Saturday ended": a name after a
        // preposition is not the subject, nor is a day or month.
        int p = from - 1;
        if (p >= 0 && DETERMINERS.contains(tokens.get(p).lower())) {
            p--;
        }
        if (p >= 0 && ("IN".equals(tokens.get(p).pos()) || PREPOSITIONS.contains(tokens.get(p).lower()))
                || from == s && (TIME_WORDS.contains(t.lower()) || MONTHS.contains(t.lower()))) {
            return null;
        }
        return trimmed(tokens, from, s);
    }

    /** The sentence's subject for "X did this and said that ...": its first pronoun or capitalised run before {@code limit}. */
    public static Span sentenceSubject(List<Token> tokens, int limit) {
        int start = 0;
        // "In June, the senator ...", "Chastened, Trump revised ...": the subject follows an opening phrase.
        String opener = tokens.isEmpty() ? "" : tokens.get(0).lower();
        if (INTRODUCTORY_OPENERS.contains(opener) || opener.endsWith("ed") || opener.endsWith("ing")) {
            for (int k = 1; k < Math.min(limit, 14); k++) {
                if (tokens.get(k).text().equals(",")) {
                    start = k + 1;
                    break;
                }
            }
        }
        start = Math.max(start, afterDateline(tokens, limit));
        for (int k = start; k < Math.min(limit, start + 8); k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (TIME_WORDS.contains(w) || MONTHS.contains(w)) {
                continue;
            }
            if (SUBJECT_PRONOUNS.contains(w)) {
                return t.span();
            }
            if (t.capitalised() && !CONTENT_CANNOT_START.contains(w) && !BOUNDARY_WORDS.contains(w) && !w.equals("the")
                    && !AUXILIARIES.contains(w) && !w.endsWith("ing")) {
                int j = capitalisedRunEnd(tokens, k, limit);
                // "Republican presidential candidate Donald Trump": a party or place word, a lower-case title,
                // then the name; the subject is the whole phrase, not its first word.
                int next = j + 1;
                while (next < limit && next - j <= TITLE_WORDS_BETWEEN && !tokens.get(next).capitalised() && nounOrAdjective(tokens.get(next))) {
                    next++;
                }
                if (next > j + 1 && next < limit && tokens.get(next).capitalised() && !tokens.get(next).punctuation()) {
                    j = capitalisedRunEnd(tokens, next, limit);
                }
                return new Span(t.begin(), tokens.get(j).end());
            }
        }
        return null;
    }

    /** Most lower-case title words between a party or place and a name ("presidential candidate"). */
    private static final int TITLE_WORDS_BETWEEN = 3;

    private static int capitalisedRunEnd(List<Token> tokens, int k, int limit) {
        int j = k;
        while (j + 1 < limit && tokens.get(j + 1).capitalised()) {
            j++;
        }
        return j;
    }

    private static boolean nounOrAdjective(Token t) {
        String pos = t.pos();
        return pos != null && (pos.startsWith("NN") || pos.startsWith("JJ")) && !t.punctuation();
    }

    /**
     * Where a sentence starts after a dateline ("WASHINGTON —", "LOS ANGELES (AP) -"): after the dash that
     * follows a run of capitals at its start; 0 when it has none.
     */
    private static int afterDateline(List<Token> tokens, int limit) {
        int k = 0;
        while (k < limit && k < 6 && isAllCaps(tokens.get(k))) {
            k++;
        }
        if (k == 0) {
            return 0;
        }
        if (k < limit && tokens.get(k).text().equals("(")) {
            while (k < limit && !tokens.get(k).text().equals(")")) {
                k++;
            }
            k++;
        }
        return k < limit && DASHES.contains(tokens.get(k).text()) ? k + 1 : 0;
    }

    private static boolean isAllCaps(Token t) {
        String s = t.text();
        return s.length() >= 2 && s.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-') && Character.isLetter(s.charAt(0));
    }

    /** The speaker of this sentence's latest attribution found so far, or null. */
    public static Span earlierSpeaker(List<ReportedCandidate> earlier, int sentence) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            ReportedCandidate e = earlier.get(i);
            if (e.sentence() == sentence && e.speaker() != null) {
                return e.speaker();
            }
        }
        return null;
    }

    /**
     * The subject of the clause that introduces a quote when no local pattern gave one: the first
     * personal pronoun, or the first run of capitalised words that is not a sentence opener or a cue,
     * in the sentence before {@code offset} ("Kelly responded pointedly, with a smile:", "Then he boomed:").
     */
    public static Span subjectBefore(AnnotatedArticle article, int offset, QuoteLexicons lexicons) {
        int s = article.sentenceIndexAt(offset);
        if (s < 0) {
            return null;
        }
        List<Token> tokens = article.tokensIn(article.sentences().get(s).begin(), offset);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (SUBJECT_PRONOUNS.contains(w)) {
                return t.span();
            }
            if (TokenShapes.isName(t) && !NAME_OPENERS.contains(w) && !lexicons.cues().contains(t.text())) {
                int j = k;
                while (j + 1 < tokens.size() && TokenShapes.isName(tokens.get(j + 1))) {
                    j++;
                }
                return new Span(t.begin(), tokens.get(j).end());
            }
        }
        return null;
    }
}
