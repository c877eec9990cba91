package dev.tracker.state;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

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
        Instant fast = text.length() >= 20 && text.length() <= 30 ? fast(text.toCharArray(), 0, text.length()) : null;
        return fast != null ? fast : Instant.parse(text);
    }

    /** As {@link #parse(String)}, on the characters {@code chars[from, from + length)}: no string made in the usual case. */
    static Instant parse(char[] chars, int from, int length) {
        Instant fast = length >= 20 && length <= 30 ? fast(chars, from, length) : null;
        return fast != null ? fast : Instant.parse(new String(chars, from, length));
    }

    /** The time when the text is of the written form and in range, else null (for the formatter's word). */
    private static Instant fast(char[] text, int from, int length) {
        int end = from + length;
        if (length == 21 || text[end - 1] != 'Z' || text[from + 4] != '-' || text[from + 7] != '-' || text[from + 10] != 'T'
                || text[from + 13] != ':' || text[from + 16] != ':' || length != 20 && text[from + 19] != '.') {
            return null;
        }
        int year = digits(text, from, from + 4);
        int month = digits(text, from + 5, from + 7);
        int day = digits(text, from + 8, from + 10);
        int hour = digits(text, from + 11, from + 13);
        int minute = digits(text, from + 14, from + 16);
        int second = digits(text, from + 17, from + 19);
        int nanos = length == 20 ? 0 : digits(text, from + 20, end - 1);
        // LocalTime's ranges; a leap second (60) and 24:00 are the formatter's
        if (year < 0 || month < 0 || day < 0 || nanos < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        for (int i = length - 1; i < 29; i++) {
            nanos *= 10; // ".5" is half a second
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null; // February 30th: the formatter has the last word
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second, nanos);
    }

    /** The number the ASCII digits in [from, to) spell, or -1 when one is not a digit. */
    private static int digits(char[] text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
