package dev.quarry.quotes;

/** The kinds of quotation, as written to {@code quotes.type}. */
public enum QuoteType {
    /** Quoted speech in quotation marks. */
    DIRECT,
    /** A quoted fragment inside reported speech. */
    MIXED,
    /** Reported speech without quotation marks. */
    INDIRECT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
