package dev.quarry.quotes.text;

import dev.quarry.text.Token;

/** Questions about one token's shape that several quote rules ask. */
public final class TokenShapes {

    private TokenShapes() {
    }

    /** A comma, or a comma glued to the closing mark of a quoted word before it (',"'). */
    public static boolean isComma(Token token) {
        String t = token.text();
        return t.equals(",") || (t.startsWith(",") && token.punctuation() && token.quoteMark());
    }

    public static boolean isApostrophe(Token token) {
        return token.text().equals("'") || token.text().equals("\u2019");
    }

    /** A possessive "'s" kept as a token of its own. */
    public static boolean isPossessiveS(Token token) {
        return token.text().equals("'s") || token.text().equals("\u2019s");
    }

    /** Holds a full stop, question or exclamation mark, or a semicolon. */
    public static boolean endsSentence(Token token) {
        String t = token.text();
        return t.indexOf('.') >= 0 || t.indexOf('!') >= 0 || t.indexOf('?') >= 0 || t.indexOf(';') >= 0;
    }

    /** A full stop, question or exclamation mark alone. */
    public static boolean isStop(Token token) {
        String t = token.text();
        return t.equals(".") || t.equals("?") || t.equals("!");
    }

    /** "has aggressively supported": a lower-case -ly word between subject and cue is an adverb, not the subject. */
    public static boolean adverb(Token token) {
        String t = token.text();
        return t.length() > 4 && t.endsWith("ly") && token.lowerInitial()
                && !t.equals("family") && !t.equals("ally") && !t.equals("italy");
    }

    /** "Sen." or "Gov." split from its full stop: a short capitalised word is taken for an abbreviation, not a sentence end. */
    public static boolean abbreviation(Token token) {
        return token.text().length() <= 4 && token.capitalised();
    }

    /** Capitalised and not punctuation: a word that may be part of a name. */
    public static boolean isName(Token token) {
        return token.capitalised() && !token.punctuation();
    }

    /** A lower-case word of more than four letters ending in "-ing" ("saying", not "bring" or "King"). */
    public static boolean participle(Token token) {
        return token.lower().endsWith("ing") && token.lower().length() > 4 && token.lowerInitial();
    }
}
