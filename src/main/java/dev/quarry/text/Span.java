package dev.quarry.text;

/**
 * A run of an article's text: {@code begin} and {@code end} are Java String indices, end-exclusive.
 * The one span type of the NLP and quote code; token positions are a {@link TokenRange}.
 */
public record Span(int begin, int end) {

    public int length() {
        return end - begin;
    }

    public boolean isEmpty() {
        return end <= begin;
    }

    /** Whether {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return other.begin >= begin && other.end <= end;
    }

    /** Characters the two spans share; zero or negative when they are apart. */
    public int overlap(Span other) {
        return Math.min(end, other.end) - Math.max(begin, other.begin);
    }

    public String of(String text) {
        return text.substring(begin, end);
    }

    public Span withEnd(int newEnd) {
        return new Span(begin, newEnd);
    }

    public Span withBegin(int newBegin) {
        return new Span(newBegin, end);
    }
}
