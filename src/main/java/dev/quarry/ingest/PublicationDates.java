package dev.quarry.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Parses the publication dates archives write, to UTC instants. A date without a zone is taken as
 * UTC; a date without a time as midnight UTC.
 */
public final class PublicationDates {

    /** Earliest plausible publication date: older "dates" are parse accidents. */
    static final Instant EARLIEST = Instant.parse("1800-01-01T00:00:00Z");

    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("yyyy-MM-dd HH:mm:ssXXX").toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("yyyy-MM-dd HH:mm:ss Z").toFormatter(Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssZ", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z", Locale.ROOT));
    private static final List<DateTimeFormatter> LOCAL_DATE_TIME = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]", Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-yyyy HH:mm:ss")
                    .optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 1, 3, true).optionalEnd()
                    .toFormatter(Locale.ENGLISH));
    private static final List<DateTimeFormatter> LOCAL_DATE = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d, yyyy").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d, yyyy").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM yyyy").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM yyyy").toFormatter(Locale.ENGLISH));

    private PublicationDates() {
    }

    /** Thrown for a date that cannot be read, or one outside the plausible range. */
    public static final class BadDate extends Exception {
        private final RejectReason reason;

        BadDate(RejectReason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public RejectReason reason() {
            return reason;
        }
    }

    /** @return the instant, or null for a blank value */
    public static Instant parse(String value, Instant now) throws BadDate {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Instant parsed = tryParse(v);
        if (parsed == null) {
            throw new BadDate(RejectReason.UNPARSEABLE_DATE, "cannot parse date '" + v + "'");
        }
        if (parsed.isBefore(EARLIEST) || parsed.isAfter(now.plus(2, ChronoUnit.DAYS))) {
            throw new BadDate(RejectReason.IMPLAUSIBLE_DATE, "date '" + v + "' is outside 1800 to now");
        }
        return parsed;
    }

    /** Numbers are epoch seconds, or milliseconds when too large to be seconds. */
    private static Instant tryParse(String v) {
        if (v.matches("-?\\d{9,13}")) {
            long n = Long.parseLong(v);
            return n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        }
        for (DateTimeFormatter f : ZONED) {
            try {
                return ZonedDateTime.parse(v, f).toInstant();
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        for (DateTimeFormatter f : LOCAL_DATE_TIME) {
            try {
                return LocalDateTime.parse(v, f).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        for (DateTimeFormatter f : LOCAL_DATE) {
            try {
                return LocalDate.parse(v, f).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return null;
    }
}
