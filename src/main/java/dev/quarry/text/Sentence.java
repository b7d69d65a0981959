package dev.quarry.text;

/** One sentence: {@code begin}/{@code end} are end-exclusive Java String indices into the article text. */
public record Sentence(int index, int begin, int end, int paragraphIndex) {

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}
