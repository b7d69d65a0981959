package dev.quarry.text;

import java.util.List;

/** Tokens {@code first} to {@code last}, both included, as indexes into one token list. */
public record TokenRange(int first, int last) {

    public int size() {
        return last - first + 1;
    }

    /** The text span from the first token's start to the last token's end. */
    public Span span(List<Token> tokens) {
        return new Span(tokens.get(first).begin(), tokens.get(last).end());
    }
}
