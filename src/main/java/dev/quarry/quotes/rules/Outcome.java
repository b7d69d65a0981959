package dev.quarry.quotes.rules;

/**
 * A rule's answer for one place (a quotation, or a word of a sentence): not its business
 * ({@link #pass()}), its business but nothing there ({@link #claimed()}), or a finding.
 *
 * <p>Rules run in order and the first finding stands. A claim with no finding stops the rules after it
 * from trying the same place, except fallback rules: "according to" that names no source is not then
 * read as anything else.
 */
public record Outcome<T>(T found, boolean claims) {

    private static final Outcome<?> PASS = new Outcome<>(null, false);
    private static final Outcome<?> CLAIMED = new Outcome<>(null, true);

    @SuppressWarnings("unchecked")
    public static <T> Outcome<T> pass() {
        return (Outcome<T>) PASS;
    }

    @SuppressWarnings("unchecked")
    public static <T> Outcome<T> claimed() {
        return (Outcome<T>) CLAIMED;
    }

    /** A finding; a null {@code value} is a claim with nothing found. */
    public static <T> Outcome<T> of(T value) {
        return value == null ? claimed() : new Outcome<>(value, true);
    }

    /** A finding, or a pass when {@code value} is null (the rule's pattern did not match). */
    public static <T> Outcome<T> ifFound(T value) {
        return value == null ? pass() : new Outcome<>(value, true);
    }
}
