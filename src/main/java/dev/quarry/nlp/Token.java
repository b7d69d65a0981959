package dev.quarry.nlp;

/**
 * One token: {@code begin}/{@code end} are end-exclusive Java String indices into the article text;
 * {@code pos} is its Penn Treebank tag when a tagger ran, else null.
 */
public record Token(int index, int begin, int end, String text, int sentenceIndex, String pos) {

    public Token(int index, int begin, int end, String text, int sentenceIndex) {
        this(index, begin, end, text, sentenceIndex, null);
    }

    /** A verb form by its tag (VB, VBD, VBZ, ...); false when untagged. */
    public boolean taggedVerb() {
        return pos != null && pos.startsWith("VB");
    }
}
