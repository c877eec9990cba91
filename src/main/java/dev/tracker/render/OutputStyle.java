package dev.tracker.render;

import java.util.Locale;
import java.util.Map;

/**
 * How output looks on this terminal: colour or not, Unicode symbols or their ASCII stand-ins.
 * Layout is decided by the renderers at a width; this only restyles finished lines.
 */
public record OutputStyle(boolean color, boolean ascii) {
    public static final OutputStyle PLAIN = new OutputStyle(false, false);

    public enum ColorChoice { AUTO, ALWAYS, NEVER }

    /**
     * Colour only on a terminal, never when NO_COLOR is set to a value (an empty one keeps colour,
     * as no-color.org says) or --no-color is given,
     * always with --color=always; ASCII with --ascii or where the locale is not UTF-8.
     */
    public static OutputStyle decide(ColorChoice choice, boolean noColor, boolean ascii, Map<String, String> env,
                                     boolean interactive) {
        boolean color = switch (choice) {
            case ALWAYS -> !noColor;
            case NEVER -> false;
            case AUTO -> !noColor && env.getOrDefault("NO_COLOR", "").isEmpty() && interactive && !"dumb".equals(env.get("TERM"));
        };
        return new OutputStyle(color, ascii || !utf8Locale(env));
    }

    /** The first of LC_ALL, LC_CTYPE, LANG that is set names the character set; none set is the C locale. */
    static boolean utf8Locale(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                String lower = value.toLowerCase(Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8");
            }
        }
        return false;
    }

    /** A finished line, restyled: ASCII stand-ins first, then colour. */
    public String apply(String line) {
        String text = ascii ? AsciiSymbols.apply(line) : line;
        return color ? Colors.apply(text) : text;
    }
}
