package dev.quarry.ingest;

import java.util.Locale;

/** Why a record did not become an article; the code is what {@code rejects.reason} holds. */
public enum RejectReason {
    INVALID_JSON,
    NOT_AN_OBJECT,
    INVALID_UTF8,
    NO_TEXT,
    UNPARSEABLE_DATE,
    IMPLAUSIBLE_DATE,
    TOO_LARGE,
    MALFORMED_CSV,
    MALFORMED_WARC,
    UNREADABLE_FILE,
    DUPLICATE_ARTICLE_ID,
    DUPLICATE_URL,
    DUPLICATE_TEXT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason a publication date is noted with. */
    public static RejectReason of(dev.quarry.config.PublicationDates.BadDate e) {
        return e.implausible() ? IMPLAUSIBLE_DATE : UNPARSEABLE_DATE;
    }
}
