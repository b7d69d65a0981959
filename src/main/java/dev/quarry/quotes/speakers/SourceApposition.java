package dev.quarry.quotes.speakers;

import dev.quarry.quotes.Quote;
import dev.quarry.quotes.text.TokenShapes;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.Token;

import java.util.List;
import java.util.Set;

/**
 * {@code said Arthur Hellman, a law professor at the University of Pittsburgh.}: a source written
 * after its cue takes in the apposition that follows it, to the end of the sentence, as PolNeAR
 * writes sources (on train, 480 such sources hold their apposition and 54 do not). An apposition
 * followed by a comma and a lower-case word keeps that comma ({@code said Peter Rice, chairman of Fox
 * Networks Group, noting that}). After its cue a source also takes in an age ({@code said Ryan Lee,
 * 30, a machinist}), a relative clause, a capitalised title or party, "then ..." and a common noun's
 * complement ({@code said a longtime adviser to Trump}), all as PolNeAR writes them more often than
 * not. A source before its cue that holds an apposition keeps the comma that closes it. Applied once
 * the speaker is resolved: the name comes from the mention as found, only the mention's span grows.
 */
final class SourceApposition {

    /** Words that open a relative clause: no apposition, but part of a source after its cue (not "that"). */
    private static final Set<String> RELATIVES = Set.of("who", "whose", "whom", "which", "that", "where", "when");
    /** Most tokens an apposition may hold; a longer run is left alone. */
    private static final int MAX_TOKENS = 25;
    /** Words that open a common noun's complement inside a source ("an adviser to", "a source familiar with"). */
    private static final Set<String> COMPLEMENT_OPENERS = Set.of("to", "of", "for", "with", "in", "at", "from", "on", "involved", "familiar", "close");
    /** "then ambassador to Israel", "now a lobbyist". */
    private static final Set<String> TIME_BEFORE_POST = Set.of("then", "now", "formerly");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "another", "one");

    private SourceApposition() {
    }

    /** The quote with its source mention run on over its apposition; the quote itself when there is none. */
    static Quote extend(AnnotatedArticle article, Quote q) {
        if (q.speakerStart() == null || q.speakerEnd() == null || q.cueStart() == null) {
            return q;
        }
        Integer end = q.speakerStart() < q.cueStart() ? closingComma(article.text(), q) : appositionEnd(article, q);
        if (end == null) {
            return q;
        }
        Span mention = new Span(q.speakerStart(), end);
        return q.withSpeakerMention(mention.of(article.text()), mention);
    }

    /**
     * {@code Jeff Weaver, Sanders' campaign manager, said}: a mention before its cue that holds an
     * apposition keeps the comma that closes it (883 such sources on train do, 78 do not). Null when
     * the mention holds no apposition or the comma is not all that stands before the cue.
     */
    private static Integer closingComma(String text, Quote q) {
        if (q.speakerEnd() > q.cueStart() || text.substring(q.speakerStart(), q.speakerEnd()).indexOf(',') < 0) {
            return null;
        }
        String between = text.substring(q.speakerEnd(), q.cueStart());
        int comma = between.indexOf(',');
        return comma >= 0 && between.strip().equals(",") ? q.speakerEnd() + comma + 1 : null;
    }

    /** Where the apposition after the mention ends, or null when none follows. */
    private static Integer appositionEnd(AnnotatedArticle article, Quote q) {
        String text = article.text();
        List<Token> tokens = article.tokens();
        int i = article.firstTokenAtOrAfter(q.speakerEnd());
        if (i < tokens.size() && i > 0 && takesComplement(tokens.get(i - 1), tokens.get(i)) && tokens.get(i).begin() == q.speakerEnd() + 1) {
            // "said a longtime adviser to Trump": the complement of a common-noun source, up to a comma
            return runEnd(article, q, i, i + MAX_TOKENS, -1, true);
        }
        if (i + 1 >= tokens.size() || !tokens.get(i).text().equals(",") || tokens.get(i).begin() != q.speakerEnd()) {
            return null;
        }
        Token first = tokens.get(i + 1);
        if (lineBreakBetween(text, tokens.get(i).end(), first.begin())) {
            return null;
        }
        int from = i + 1;
        int end = -1;
        if (isAge(first) && (i + 2 >= tokens.size() || endsSentence(tokens, i + 2))) {
            return first.end();
        }
        if (isAge(first) && i + 3 < tokens.size() && tokens.get(i + 2).text().equals(",")) {
            // "said Ryan Lee, 30, a machinist": the age and its comma belong to the source, and what follows
            // them when it is an apposition or a home town ("30, of Tampa").
            end = first.end();
            from = i + 3;
            first = tokens.get(from);
            if (!opensApposition(first) && !first.lower().equals("of")) {
                return end;
            }
        } else if (!opensApposition(first) && !opensClauseAfterCue(first)) {
            return null;
        }
        return runEnd(article, q, from, i + MAX_TOKENS, end, false);
    }

    /**
     * Where a run of the source from token {@code from} ends: before the content, a quotation mark, a
     * bracket, a line break or the sentence's end (and before any comma when {@code commaEnds}); null when
     * it would pass token {@code last}. {@code end} is where the source already ends (-1: nothing taken
     * yet), returned when the run stops at once.
     */
    private static Integer runEnd(AnnotatedArticle article, Quote q, int from, int last, int end, boolean commaEnds) {
        String text = article.text();
        List<Token> tokens = article.tokens();
        for (int k = from; k < tokens.size() && k <= last; k++) {
            Token t = tokens.get(k);
            if (q.contentOverlaps(t.span()) || t.quoteMark() || endsSentence(tokens, k) || t.text().equals("(")
                    || (commaEnds && t.text().equals(",")) || lineBreakBetween(text, tokens.get(k - 1).end(), t.begin())) {
                return end < 0 ? null : end;
            }
            if (t.text().equals(",") && k + 1 < tokens.size() && Character.isLowerCase(tokens.get(k + 1).text().charAt(0))) {
                // "..., noting that", "..., a group that ...", "..., told POLITICO": the comma closes the apposition
                // and stays with it; a comma before a capital ("in Lawrenceville, N.J.") is inside it.
                return t.end();
            }
            end = t.end();
        }
        return null;
    }

    /**
     * Besides an apposition proper, what PolNeAR also writes into a source after its cue: a relative clause
     * ("said Mr. Trump, who is regarded as a germaphobe"; not "that"), a title or party in capitals
     * ("said Senator Chris Coons, Democrat of Delaware"), and "then" or "now" before a former or present
     * post ("said James Cunningham, then ambassador to Israel"). Measured on train (docs/quotes.md).
     */
    private static boolean opensClauseAfterCue(Token first) {
        String w = first.lower();
        if (RELATIVES.contains(w)) {
            return !w.equals("that");
        }
        if (TIME_BEFORE_POST.contains(w)) {
            return true;
        }
        String pos = first.pos();
        return Character.isUpperCase(first.text().charAt(0)) && pos != null && pos.startsWith("NNP") && !TokenShapes.isStop(first);
    }

    /** {@code a longtime adviser} {@code to}: a common noun, lower-case, followed by a word that opens its complement. */
    private static boolean takesComplement(Token head, Token next) {
        String pos = head.pos();
        return COMPLEMENT_OPENERS.contains(next.lower()) && pos != null && (pos.equals("NN") || pos.equals("NNS"))
                && Character.isLowerCase(head.text().charAt(0));
    }

    private static boolean isAge(Token t) {
        String w = t.text();
        return w.length() <= 3 && w.chars().allMatch(Character::isDigit);
    }

    /**
     * A word that may open an apposition: a determiner or a noun ("a spokesman", "the author", "publisher
     * of"), not a relative ("who"), a participle ("adding", "referring to") or a preposition ("in which").
     * Without tags, a lower-case word that does not end like a participle, or "A"/"An"/"The".
     */
    private static boolean opensApposition(Token first) {
        String w = first.lower();
        if (!Character.isLetter(w.charAt(0)) || RELATIVES.contains(w)) {
            return false;
        }
        if (DETERMINERS.contains(w)) {
            return true;
        }
        if (Character.isUpperCase(first.text().charAt(0))) {
            return false;
        }
        if (w.endsWith("ing") || w.endsWith("ed")) {
            return false;
        }
        String pos = first.pos();
        return pos == null || pos.isEmpty() || pos.startsWith("NN") || pos.equals("JJ") || pos.equals("CD");
    }

    /** A full stop that ends the sentence, not the one of "C.I.A. analyst" that the tokenizer split off. */
    private static boolean endsSentence(List<Token> tokens, int k) {
        if (!TokenShapes.isStop(tokens.get(k))) {
            return false;
        }
        if (k + 1 >= tokens.size()) {
            return true;
        }
        String next = tokens.get(k + 1).text();
        return !Character.isLowerCase(next.charAt(0));
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        return text.substring(from, Math.max(from, to)).indexOf('\n') >= 0;
    }
}
