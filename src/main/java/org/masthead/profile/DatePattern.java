package org.masthead.profile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * A site's way of writing dates ({@code MMM d, yyyy} gives "Dec 8, 2024"). Reading is strict: a
 * date is accepted only if writing it back in the pattern gives the same text.
 */
public final class DatePattern {
    private final String pattern;
    private final DateTimeFormatter formatter;

    public DatePattern(String pattern) {
        this.pattern = pattern;
        this.formatter =
                isIso() ? DateTimeFormatter.ISO_LOCAL_DATE : DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    /** @throws IllegalArgumentException if the pattern is not a valid date pattern */
    public static DatePattern of(String pattern) {
        return new DatePattern(pattern);
    }

    public String pattern() {
        return pattern;
    }

    private boolean isIso() {
        return pattern.equalsIgnoreCase(BuiltInSchemas.ISO_DATE_FORMAT);
    }

    public Optional<LocalDate> parse(String text) {
        String t = text.trim();
        try {
            LocalDate d = LocalDate.parse(t, formatter);
            if (formatter.format(d).equals(t)) return Optional.of(d);
        } catch (DateTimeParseException e) {
            // fall through: ISO also accepts date-times
            System.getLogger(DatePattern.class.getName())
                    .log(System.Logger.Level.DEBUG, "Not in the site's date format: " + t);
        }
        if (isIso()) {
            try {
                return Optional.of(OffsetDateTime.parse(t).toLocalDate());
            } catch (DateTimeParseException e) {
                /* next */
            }
            try {
                return Optional.of(LocalDateTime.parse(t).toLocalDate());
            } catch (DateTimeParseException e) {
                /* no */
            }
        }
        return Optional.empty();
    }

    public String format(LocalDate date) {
        return formatter.format(date);
    }

    /** An example of the pattern, for messages. */
    public String example() {
        return format(LocalDate.of(2024, 12, 8));
    }
}
