package dev.quarry.text;

/**
 * One token: {@code begin}/{@code end} are end-exclusive Java String indices into the article text;
 * {@code pos} is its Penn Treebank tag when a tagger ran, else null. What rules ask of a token (its
 * normalised form, whether it is punctuation or holds a quotation mark, its capitalisation) is
 * computed once, here.
 */
public final class Token {

    private final int index;
    private final int begin;
    private final int end;
    private final String text;
    private final int sentenceIndex;
    private final String pos;
    private final String lower;
    private final boolean punctuation;
    private final boolean quoteMark;

    public Token(int index, int begin, int end, String text, int sentenceIndex, String pos) {
        this.index = index;
        this.begin = begin;
        this.end = end;
        this.text = text;
        this.sentenceIndex = sentenceIndex;
        this.pos = pos;
        this.lower = Lexicon.normalise(text);
        this.punctuation = isPunctuation(text);
        this.quoteMark = containsQuoteMark(text);
    }

    public Token(int index, int begin, int end, String text, int sentenceIndex) {
        this(index, begin, end, text, sentenceIndex, null);
    }

    public int index() {
        return index;
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    public int sentenceIndex() {
        return sentenceIndex;
    }

    public String pos() {
        return pos;
    }

    public Span span() {
        return new Span(begin, end);
    }

    /** Lower case, without a trailing full stop, curly apostrophes straight ({@link Lexicon#normalise}). */
    public String lower() {
        return lower;
    }

    /** No letter or digit in it. */
    public boolean punctuation() {
        return punctuation;
    }

    /** Holds a quotation mark (straight, curly, guillemet, or a doubled {@code ''} or {@code ``}). */
    public boolean quoteMark() {
        return quoteMark;
    }

    /** Starts with an upper-case letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** Starts with a lower-case letter. */
    public boolean lowerInitial() {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }

    /** A verb form by its tag (VB, VBD, VBZ, ...); false when untagged. */
    public boolean taggedVerb() {
        return pos != null && pos.startsWith("VB");
    }

    /** Tagged VBD, VBZ or VBP. */
    public boolean finiteVerb() {
        return pos != null && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"));
    }

    public static boolean isPunctuation(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean containsQuoteMark(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E') {
                return true;
            }
        }
        return token.contains("''") || token.contains("``");
    }

    @Override
    public String toString() {
        return "Token[" + index + " " + begin + "-" + end + " " + text + (pos == null ? "" : "/" + pos) + "]";
    }
}
