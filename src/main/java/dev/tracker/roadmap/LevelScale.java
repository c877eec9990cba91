package dev.tracker.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The levels a file's headings name. Numbered ones ("L2", "Level 3:", "Tier 1", "Stage 2")
 * count alone; named ones ("## Beginner", "## Senior") only when the file's headings name at
 * least two ranks of one scale, so that a lone "## Advanced Topics" stays a heading. Named
 * levels are numbered 1, 2, … in the scale's order among the ranks the file uses.
 */
final class LevelScale {
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:Level|Tier|Stage|L)\\s*(\\d{1,6})\\b[\\s:.)\\-–—(]*", Pattern.CASE_INSENSITIVE);

    /** Each scale in order; words of one rank are synonyms ("Basic" is "Beginner"). */
    private static final List<List<String[]>> SCALES = List.of(
            List.of(new String[] {"Beginner", "Basic", "Basics"}, new String[] {"Intermediate"},
                    new String[] {"Advanced"}, new String[] {"Expert"}),
            List.of(new String[] {"Junior"}, new String[] {"Middle", "Mid-level"}, new String[] {"Senior"},
                    new String[] {"Architect", "Staff"}, new String[] {"Principal"}),
            List.of(new String[] {"Novice"}, new String[] {"Apprentice", "Advanced Beginner"},
                    new String[] {"Competent", "Journeyman"}, new String[] {"Proficient"}, new String[] {"Expert"},
                    new String[] {"Master"}));

    /** The scale chosen for this file, or -1; and the ranks of it the file names, ascending. */
    private final int scale;
    private final List<Integer> ranks;

    private LevelScale(int scale, List<Integer> ranks) {
        this.scale = scale;
        this.ranks = ranks;
    }

    /** The scale of a file: the one whose ranks its headings name most (two at least). */
    static LevelScale of(List<String> headings) {
        int best = -1;
        TreeSet<Integer> bestRanks = new TreeSet<>();
        for (int s = 0; s < SCALES.size(); s++) {
            TreeSet<Integer> named = new TreeSet<>();
            for (String heading : headings) {
                int rank = rankIn(s, withoutLeadingSymbols(heading));
                if (rank >= 0 && numbered(heading) == 0) {
                    named.add(rank);
                }
            }
            if (named.size() >= 2 && named.size() > bestRanks.size()) {
                best = s;
                bestRanks = named;
            }
        }
        return new LevelScale(best, new ArrayList<>(bestRanks));
    }

    /** The level a heading gives: its number ("L2: …"), its named rank on the file's scale, or 0. */
    int levelOf(String heading) {
        int number = numbered(heading);
        if (number > 0 || scale < 0) {
            return number;
        }
        int rank = rankIn(scale, withoutLeadingSymbols(heading));
        return rank < 0 ? 0 : ranks.indexOf(rank) + 1;
    }

    /** Whether the level comes from a name rather than a number (a named heading nested in a level is none). */
    boolean isNamed(String heading) {
        return numbered(heading) == 0 && levelOf(heading) > 0;
    }

    /** The name a level heading gives its level: "Beginner" for "## Basic" or "### L1 Junior"; null if none. */
    String nameOf(String heading) {
        String text = withoutLeadingSymbols(heading);
        Matcher number = NUMBERED.matcher(text);
        String rest = number.find() ? text.substring(number.end()) : text;
        for (int s = scale < 0 ? 0 : scale; s < SCALES.size(); s++) {
            String word = wordIn(s, rest);
            if (word != null) {
                return word;
            }
            if (scale >= 0) {
                break;
            }
        }
        return null;
    }

    /** The number of a numbered level heading ("L2", "Level 3:", "Tier 1", "Stage 2"), or 0. */
    static int numbered(String heading) {
        Matcher level = NUMBERED.matcher(withoutLeadingSymbols(heading));
        return level.find() ? Integer.parseInt(level.group(1)) : 0;
    }

    /** The rank of scale {@code s} a text starts with, as a whole word, or -1. */
    private static int rankIn(int s, String text) {
        String word = wordIn(s, text);
        List<String[]> ranks = SCALES.get(s);
        for (int rank = 0; word != null && rank < ranks.size(); rank++) {
            if (List.of(ranks.get(rank)).contains(word)) {
                return rank;
            }
        }
        return -1;
    }

    /** The longest word of scale {@code s} a text starts with, as the scale spells it, or null. */
    private static String wordIn(int s, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String found = null;
        for (String[] rank : SCALES.get(s)) {
            for (String word : rank) {
                String w = word.toLowerCase(Locale.ROOT);
                if ((found == null || w.length() > found.length()) && lower.startsWith(w)
                        && (lower.length() == w.length() || !Character.isLetterOrDigit(lower.charAt(w.length())))) {
                    found = word;
                }
            }
        }
        return found;
    }

    /** Level names a taxonomy line gives: "L1 (Junior): Syntax", "**L2 (Senior):** …"; empty if none. */
    static Map<Integer, String> taxonomyOf(String line) {
        if (line.indexOf('(') < 0) {
            return Map.of();
        }
        Map<Integer, String> names = new TreeMap<>();
        Matcher m = Taxonomy.LINE.matcher(line);
        while (m.find()) {
            names.putIfAbsent(Integer.parseInt(m.group(1)), m.group(2).strip());
        }
        return names;
    }

    private static final class Taxonomy {
        static final Pattern LINE = Pattern.compile(
                "(?:^|[\\s*_])(?:L|Level\\s*)(\\d{1,2})\\s*\\(([\\p{L}][\\p{L} -]{0,23})\\)", Pattern.CASE_INSENSITIVE);
    }

    private static String withoutLeadingSymbols(String text) {
        return LEADING_SYMBOLS.matcher(text).replaceFirst("");
    }
}
