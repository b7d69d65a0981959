package dev.quarry.quotes;

import dev.quarry.text.Lexicon;
import dev.quarry.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a cue begins and ends, by the annotation's convention ({@code cue-starts.tsv},
 * {@code cue-ends.tsv}, derived from PolNeAR train by {@code scripts/derive-cue-boundaries.py}).
 * A cue that stops short of a word its convention includes runs on over it ("referring" ->
 * "referring to", "said" -> "said:", "said" -> "has said"); one that holds a word its convention
 * leaves out gives it back ("declined to" -> "declined", "he said" -> "said"). Never into the content
 * or the speaker mention. Applied to the finished quotes, after the tagger has read the rules' cues,
 * so the tagger sees the cues it was trained with.
 */
public final class CueBoundaries {

    public static final String ENDS = "/dev/quarry/quotes/cue-ends.tsv";
    public static final String STARTS = "/dev/quarry/quotes/cue-starts.tsv";
    /** Letters and digits with inner apostrophes, or one other character (as the derivation script splits). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*|[^\\p{L}\\p{N}\\s_]");
    /** The word after a cue: on the same line, after spaces only. */
    private static final Pattern NEXT = Pattern.compile("[ \t\u00A0]*(" + WORD.pattern() + ")");
    /** The word before a cue: on the same line, before spaces only. */
    private static final Pattern PREVIOUS = Pattern.compile("(" + WORD.pattern() + ")[ \t\u00A0]*$");
    /** How far back the word before a cue is looked for. */
    private static final int LOOK_BACK = 40;
    /** Most words one side of a cue grows by ("said" -> "has also said"). */
    private static final int MAX_GROWTH = 3;
    private static final String ANY_WORD = "*";
    private static final String INCLUDE = "include";
    private static final String EXCLUDE = "exclude";

    private final Lexicon ends;
    private final Lexicon starts;

    public CueBoundaries(Lexicon ends, Lexicon starts) {
        this.ends = ends;
        this.starts = starts;
    }

    /** The quote with its cue moved to the convention; the quote itself when nothing moves. */
    public Quote adjust(String text, Quote q) {
        if (q.cueStart() == null || q.cueEnd() == null || q.cueEnd() <= q.cueStart()) {
            return q;
        }
        Span cue = new Span(q.cueStart(), q.cueEnd());
        List<Span> words = words(text, cue);
        if (words.isEmpty()) {
            return q;
        }
        Span moved = new Span(start(text, words, q), end(text, words, q));
        if (moved.equals(cue)) {
            return q;
        }
        return q.withCue(moved.of(text), moved);
    }

    private int end(String text, List<Span> words, Quote q) {
        int n = words.size();
        if (n >= 2 && EXCLUDE.equals(decision(ends, text, words.get(n - 2), words.get(n - 1)))) {
            return words.get(n - 2).end();
        }
        return grow(text, words.get(n - 1), q, true).end();
    }

    private int start(String text, List<Span> words, Quote q) {
        if (words.size() >= 2 && EXCLUDE.equals(decision(starts, text, words.get(0), words.get(1)))) {
            return words.get(1).begin();
        }
        return grow(text, words.get(0), q, false).begin();
    }

    /** The outermost word the convention takes in, going on from the cue's edge word {@code edge}. */
    private Span grow(String text, Span edge, Quote q, boolean forward) {
        Span current = edge;
        for (int grown = 0; grown < MAX_GROWTH; grown++) {
            Span neighbour = forward ? wordAfter(text, current) : wordBefore(text, current);
            if (neighbour == null) {
                break;
            }
            String decision = forward ? decision(ends, text, current, neighbour) : decision(starts, text, neighbour, current);
            if (!INCLUDE.equals(decision) || taken(neighbour, q)) {
                break;
            }
            current = neighbour;
        }
        return current;
    }

    private static Span wordAfter(String text, Span word) {
        Matcher next = NEXT.matcher(text).region(word.end(), text.length());
        return next.lookingAt() ? new Span(next.start(1), next.end(1)) : null;
    }

    private static Span wordBefore(String text, Span word) {
        Matcher previous = PREVIOUS.matcher(text).region(Math.max(0, word.begin() - LOOK_BACK), word.begin());
        return previous.find() ? new Span(previous.start(1), previous.end(1)) : null;
    }

    /** The decision for two adjacent words, a punctuation mark after a word pooled over every word; null when none. */
    private static String decision(Lexicon pairs, String text, Span first, Span second) {
        String a = normal(first.of(text));
        String b = normal(second.of(text));
        if (!Character.isLetter(a.charAt(0))) {
            return null;
        }
        String pair = pairs.get(a + " " + b);
        if (pair == null && !Character.isLetterOrDigit(b.charAt(0))) {
            pair = pairs.get(ANY_WORD + " " + b);
        }
        return pair;
    }

    /** The word is part of what was said or of who said it. */
    private static boolean taken(Span word, Quote q) {
        return q.contentOverlaps(word) || q.speakerStart() != null && q.speakerEnd() != null
                && new Span(q.speakerStart(), q.speakerEnd()).overlap(word) > 0;
    }

    private static List<Span> words(String text, Span span) {
        List<Span> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(span.begin(), span.end());
        while (m.find()) {
            words.add(new Span(m.start(), m.end()));
        }
        return words;
    }

    private static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
