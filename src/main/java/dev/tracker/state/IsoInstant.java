package dev.tracker.state;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link Instant#parse}, fast for the one form the tracker writes ({@code 2026-11-21T09:00:00Z},
 * with or without a fraction of up to nine digits): a merge reads hundreds of thousands of
 * times, and the formatter costs most of the reading of a large state file before the JIT
 * warms up. Anything else, or anything the fast path doubts, goes to {@link Instant#parse}, so
 * the two accept and refuse exactly the same text.
 */
final class IsoInstant {
    private IsoInstant() {
    }

    static Instant parse(String text) {
        int length = text.length();
        if (length >= 20 && length <= 30 && length != 21 && text.charAt(length - 1) == 'Z' && text.charAt(4) == '-'
                && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && (length == 20 || text.charAt(19) == '.')) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = length == 20 ? 0 : digits(text, 20, length - 1);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && nanos >= 0) {
                for (int i = length - 1; i < 29; i++) {
                    nanos *= 10; // ".5" is half a second
                }
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
                } catch (DateTimeException e) {
                    // out of range (February 30th, a leap second): the formatter has the last word
                }
            }
        }
        return Instant.parse(text);
    }

    /** The number the ASCII digits in [from, to) spell, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
