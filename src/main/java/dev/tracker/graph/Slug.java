package dev.tracker.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns headings and item text into the short, readable parts of a skill id.
 * Ids come from text, never from positions, so reordering sections keeps them stable.
 */
public final class Slug {
    private static final int MAX_WORDS = 5;
    private static final Set<String> TRAILING_NOISE = Set.of("a", "an", "and", "in", "of", "on", "or", "the", "to", "for", "with", "vs");

    private Slug() {
    }

    /** Apart from the heading patterns: every run makes the roadmaps' ids from their file names. */
    private static final class FileNames {
        static final Pattern EXTENSION = Pattern.compile("(?i)\\.(md|markdown)$");
    }

    /** Compiled on first use: a run that parses nothing (roadmaps from the cache) never needs them. */
    private static final class HeadingPatterns {
        static final Pattern LEVEL = Pattern.compile("^(?:L|Level)\\s*(\\d{1,6})\\b", Pattern.CASE_INSENSITIVE);
        static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}]+");
        static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");
        /** A short lead before a colon or dash names the thing: "Week 1: …", "Syntax: …", "Scheduler - file.go". */
        static final Pattern LEAD = Pattern.compile("^(.{1,60}?)(?::|\\s[-–—]\\s)");
        static final Pattern MARKS = Pattern.compile("\\p{M}+");
    }

    /** The id part of a section heading: "L2: …" gives "l2", "Week 1-4: The Runtime" gives "week-1-4". */
    public static String ofHeading(String heading) {
        int level = levelOf(heading);
        return level > 0 ? "l" + level : ofText(heading);
    }

    /** The id part of a skill or group: the named lead of the text, else its first words. */
    public static String ofText(String text) {
        String plain = text.indexOf('(') < 0 ? text.strip() : HeadingPatterns.PARENTHESISED.matcher(text).replaceAll(" ").strip();
        if (plain.indexOf(':') >= 0 || plain.indexOf('-') >= 0 || plain.indexOf('–') >= 0 || plain.indexOf('—') >= 0) {
            Matcher lead = HeadingPatterns.LEAD.matcher(plain);
            if (lead.find()) {
                int leadWords = words(lead.group(1)).size();
                plain = leadWords > 0 && leadWords <= MAX_WORDS ? lead.group(1) : plain;
            }
        }
        List<String> words = words(plain);
        List<String> kept = new ArrayList<>(words.subList(0, Math.min(MAX_WORDS, words.size())));
        while (kept.size() > 1 && TRAILING_NOISE.contains(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        String slug = String.join("-", kept);
        return slug.isEmpty() ? "item" : slug;
    }

    /**
     * A roadmap's id: its file name without extension, in NFC, lower-cased, with letters, digits
     * and marks of every script kept as they are and every other run of characters one dash:
     * "Go Architect Tracker.md" is "go-architect-tracker", "日本.md" is "日本", and "plán.md"
     * stays apart from "plan.md". A name with no letter or digit at all is "roadmap".
     */
    public static String ofFileName(String fileName) {
        String name = FileNames.EXTENSION.matcher(fileName).replaceFirst("");
        if (!isAscii(name)) { // the normalizer only for names that need it: it costs start-up time
            name = Normalizer.normalize(name, Normalizer.Form.NFC);
        }
        StringBuilder slug = new StringBuilder(name.length());
        boolean dash = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean kept = Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
            if (!kept) {
                dash = true;
                continue;
            }
            if (dash && slug.length() > 0) {
                slug.append('-');
            }
            dash = false;
            slug.appendCodePoint(Character.toLowerCase(c));
        }
        return slug.length() == 0 ? "roadmap" : slug.toString();
    }

    /** Lower-case ASCII words of a text: accents folded, symbols and emoji dropped. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : tokens(asciiPunctuation(text))) {
            if (hasNonAsciiSymbol(token)) {
                continue;
            }
            // the Unicode normalizer only for text that needs it: loading it costs start-up time
            String word = dashed(isAscii(token) ? token.toLowerCase(Locale.ROOT) : HeadingPatterns.MARKS.matcher(
                    Normalizer.normalize(token, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)).replaceAll(""));
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The text split at whitespace (regex \\s), without empty pieces; no regex, since ids are made on every run. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    /** Runs of anything but a-z and 0-9 become one dash, none at either end. */
    private static String dashed(String lower) {
        StringBuilder word = new StringBuilder(lower.length());
        boolean dash = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && word.length() > 0) {
                    word.append('-');
                }
                word.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return word.toString();
    }

    private static boolean isAscii(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Typographic quotes and dashes read as their ASCII kin: "Go’s “pollution”" has the words of "Go's "pollution"". */
    private static String asciiPunctuation(String text) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
    }

    /** Emoji and undecodable mojibake ("2ï¸âƒ£") make no word; accented letters ("café") do. */
    private static boolean hasNonAsciiSymbol(String token) {
        return !isAscii(token) && token.codePoints().anyMatch(c -> c > 0x7F && !Character.isLetterOrDigit(c)
                && Character.getType(c) != Character.NON_SPACING_MARK);
    }

    /** The level a heading gives ("L2: …", "Level 3: EXPERT"), or 0. */
    public static int levelOf(String heading) {
        Matcher level = HeadingPatterns.LEVEL.matcher(HeadingPatterns.LEADING_SYMBOLS.matcher(heading).replaceFirst(""));
        return level.find() ? Integer.parseInt(level.group(1)) : 0;
    }
}
