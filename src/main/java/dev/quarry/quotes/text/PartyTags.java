package dev.quarry.quotes.text;

import dev.quarry.text.Token;

import java.util.List;

/**
 * A bracketed party tag after a name ("Sen. Elizabeth Warren (D-MA)", "Rep. Tom Rice ( R-S.C . )"). It
 * belongs to the name before it, and its stop does not end the sentence. The tokenizer may keep the tag
 * whole or split it, so its brackets are found by their text: a token that starts with "(" opens one, a
 * token that ends with ")" closes one, and a whole tag does both.
 */
final class PartyTags {

    /** Most tokens inside a tag ("( D-Md . )"). */
    static final int MAX_TOKENS = 6;

    private PartyTags() {
    }

    static boolean opens(Token token) {
        return token.text().startsWith("(");
    }

    static boolean closes(Token token) {
        return token.text().endsWith(")");
    }

    /** The token that closes the tag opened at {@code open} (itself for a whole tag), within {@link #MAX_TOKENS}; -1 if none. */
    static int closeAfter(List<Token> tokens, int open) {
        for (int k = open; k < tokens.size() && k - open <= MAX_TOKENS; k++) {
            if (closes(tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The token that opens the tag closed at {@code close} (itself for a whole tag), no further back
     * than {@code from} nor {@code limit} tokens; -1 if none.
     */
    static int openBefore(List<Token> tokens, int close, int from, int limit) {
        for (int k = close; k >= from && close - k <= limit; k--) {
            if (opens(tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }
}
