package dev.quarry.nlp;

/** One token: {@code begin}/{@code end} are end-exclusive Java String indices into the article text. */
public record Token(int index, int begin, int end, String text, int sentenceIndex) {
}
