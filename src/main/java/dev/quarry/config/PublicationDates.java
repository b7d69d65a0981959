package dev.quarry.config;

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
 * UTC; a date without a time as midnight UTC. An archive with a date style of its own adds its
 * patterns ({@code ingest.date-formats}), which are tried before the built-in ones.
 */
public final class PublicationDates implements java.io.Serializable {

    /** The built-in formats only. */
    public static final PublicationDates DEFAULT = new PublicationDates(List.of());

    private final List<String> patterns;
    private transient List<DateTimeFormatter> extra;

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

    /**
     * @param patterns {@link DateTimeFormatter} patterns ("dd.MM.yyyy HH:mm", "EEEE d MMMM yyyy"), read in
     *                 English and case-insensitively
     * @throws IllegalArgumentException naming the first pattern that is not a valid one
     */
    public PublicationDates(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        formatters();
    }

    private List<DateTimeFormatter> formatters() {
        if (extra == null) {
            List<DateTimeFormatter> fs = new java.util.ArrayList<>();
            for (String p : patterns) {
                try {
                    fs.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + p + "' is not a date pattern: " + e.getMessage(), e);
                }
            }
            extra = List.copyOf(fs);
        }
        return extra;
    }

    /** Thrown for a date that cannot be read, or one outside the plausible range. */
    public static final class BadDate extends Exception {
        private final boolean implausible;

        BadDate(boolean implausible, String message) {
            super(message);
            this.implausible = implausible;
        }

        /** The date was read but lies outside 1800 to now; otherwise it could not be read at all. */
        public boolean implausible() {
            return implausible;
        }
    }

    /** With the built-in formats only. @return the instant, or null for a blank value */
    public static Instant parse(String value, Instant now) throws BadDate {
        return DEFAULT.read(value, now);
    }

    /** @return the instant, or null for a blank value */
    public Instant read(String value, Instant now) throws BadDate {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Instant parsed = tryExtra(v);
        if (parsed == null) {
            parsed = tryParse(v);
        }
        if (parsed == null) {
            throw new BadDate(false, "cannot parse date '" + v + "'");
        }
        if (parsed.isBefore(EARLIEST) || parsed.isAfter(now.plus(2, ChronoUnit.DAYS))) {
            throw new BadDate(true, "date '" + v + "' is outside 1800 to now");
        }
        return parsed;
    }

    /** The configured patterns: with a zone, else as a local date-time or date in UTC. */
    private Instant tryExtra(String v) {
        for (DateTimeFormatter f : formatters()) {
            java.time.temporal.TemporalAccessor t;
            try {
                t = f.parse(v);
            } catch (DateTimeParseException e) {
                continue;
            }
            if (t.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS) || t.query(java.time.temporal.TemporalQueries.zone()) != null) {
                return ZonedDateTime.from(t).toInstant();
            }
            if (t.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
                return LocalDateTime.from(t).toInstant(ZoneOffset.UTC);
            }
            return LocalDate.from(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return null;
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
