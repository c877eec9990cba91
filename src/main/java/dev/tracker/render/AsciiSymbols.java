package dev.tracker.render;

/** The tracker's own symbols where the terminal cannot show Unicode: bars, arrows, ellipsis, separators. */
final class AsciiSymbols {
    private static final String[][] SYMBOLS = {
        {"█", "#"}, {"▓", "%"}, {"▒", "="}, {"░", "."}, {"…", "..."}, {"→", "->"}, {"·", "-"}, {"›", ">"}, {"★", "*"},
        {"←", "<-"}, {"—", "--"}, {"–", "-"},
    };

    private AsciiSymbols() {
    }

    static String apply(String line) {
        String text = line;
        for (String[] symbol : SYMBOLS) {
            if (text.contains(symbol[0])) {
                text = text.replace(symbol[0], symbol[1]);
            }
        }
        return text;
    }
}
