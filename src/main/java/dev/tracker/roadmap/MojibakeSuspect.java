package dev.tracker.roadmap;

/**
 * A line of a roadmap that looks like mojibake the tracker could not repair with certainty.
 *
 * @param line     its number, 1-based, as the parser and an editor count lines
 * @param text     the line as written, without its line break
 * @param fragment the characters in it that look damaged (e.g. "ï¸âƒ£"), as written
 */
public record MojibakeSuspect(int line, String text, String fragment) {
}
