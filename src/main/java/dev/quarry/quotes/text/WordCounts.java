package dev.quarry.quotes.text;

import dev.quarry.text.Span;
import dev.quarry.text.Token;

import java.util.List;

/** Counting words (tokens that are not punctuation) in token ranges and text spans. */
public final class WordCounts {

    private WordCounts() {
    }

    /** Words among {@code tokens[from, to)}, the bounds clipped to the list. */
    public static int between(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            if (!tokens.get(k).punctuation()) {
                n++;
            }
        }
        return n;
    }

    /** Words among the tokens that lie wholly inside [begin, end). */
    public static int inside(List<Token> tokens, int begin, int end) {
        int n = 0;
        for (Token t : tokens) {
            if (t.begin() >= begin && t.end() <= end && !t.punctuation()) {
                n++;
            }
        }
        return n;
    }

    /** Runs of letters and digits in the pieces of text. */
    public static int inText(String text, List<Span> pieces) {
        int words = 0;
        for (Span piece : pieces) {
            boolean inWord = false;
            for (int i = piece.begin(); i < piece.end(); i++) {
                boolean letter = Character.isLetterOrDigit(text.charAt(i));
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
            }
        }
        return words;
    }
}
