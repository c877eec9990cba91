package dev.tracker.state;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jackson says of a fault in the state file, in plain words for the person who will open the
 * file at that line and column: "the file ends inside a list (a ] is missing)", never Jackson's own
 * text ("Unexpected end-of-input within/between Array entries", "[Source: REDACTED
 * (`StreamReadFeature…` disabled)]", "Unrecognized token"). A message it does not know is kept
 * only up to any mention of Jackson's API.
 */
final class JsonFaultWords {
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");
    private static final Pattern NUMBER_LENGTH = Pattern.compile("^Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)");
    private static final Pattern STRING_LENGTH = Pattern.compile("^(?:String value|Name) length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)");
    private static final Pattern OUT_OF_RANGE = Pattern.compile("^Numeric value \\((.*?)\\) out of range");
    private static final Pattern DEPTH = Pattern.compile("^Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)");

    private JsonFaultWords() {
    }

    static String of(String jackson) {
        String message = jackson == null ? "" : jackson.strip().replaceAll(",? from `[^`]*`", "");
        Matcher m;
        if (message.startsWith("Unexpected end-of-input")) {
            return endOfInput(message);
        }
        if (message.startsWith("No content to map due to end-of-input")) {
            return "the file is empty";
        }
        if ((m = CLOSE_MARKER.matcher(message)).find()) {
            return "a " + m.group(1) + " where the " + (m.group(2).equals("]") ? "list" : "object") + " opened before needs its "
                    + m.group(2);
        }
        if ((m = UNRECOGNIZED_TOKEN.matcher(message)).find()) {
            return "'" + m.group(1) + "' is not JSON (a value is text in double quotes, a number, a list, an object, "
                    + "true, false or null)";
        }
        if ((m = UNEXPECTED_CHARACTER.matcher(message)).find()) {
            return "'" + m.group(1) + "' where " + expected(message) + " should be";
        }
        if (message.startsWith("Illegal character")) {
            return message.contains("code 0)") ? "a NUL byte between values (a file a crash left, or not a state file?)"
                    : "a control character between values (only spaces, tabs and line breaks may be there)";
        }
        if ((m = OUT_OF_RANGE.matcher(message)).find()) {
            return "the number " + m.group(1) + " is too large";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a line break or another control character inside text in double quotes (write it as \\n, \\t or \\uXXXX)";
        }
        if (message.startsWith("Unexpected end-of-input in") || message.contains("was expecting closing quote")) {
            return "the file ends inside text in double quotes (a \" is missing)";
        }
        if ((m = DUPLICATE.matcher(message)).find()) {
            return "the name \"" + m.group(1) + "\" appears twice in one object";
        }
        if ((m = NUMBER_LENGTH.matcher(message)).find()) {
            return "a number of " + m.group(1) + " digits (a state file's numbers have at most " + m.group(2) + ")";
        }
        if ((m = STRING_LENGTH.matcher(message)).find()) {
            return "a text of " + m.group(1) + " characters (at most " + m.group(2) + ")";
        }
        if ((m = DEPTH.matcher(message)).find()) {
            return "lists and objects nested " + m.group(1) + " deep (at most " + m.group(2) + ")";
        }
        return withoutLibraryText(message);
    }

    private static String endOfInput(String message) {
        if (message.contains("Array")) {
            return "the file ends inside a list (a ] is missing)";
        }
        if (message.contains("Object")) {
            return "the file ends inside an object (a } is missing)";
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("string") || message.contains("name")) {
            return "the file ends inside text in double quotes (a \" is missing)";
        }
        return "the file ends too early";
    }

    private static String expected(String message) {
        if (message.contains("double-quote to start field name")) {
            return "a name in double quotes";
        }
        if (message.contains("comma to separate Object entries")) {
            return "a comma between two entries of an object, or its }";
        }
        if (message.contains("comma to separate Array entries")) {
            return "a comma between two items of a list, or its ]";
        }
        if (message.contains("colon to separate field name and value")) {
            return "a colon after the name";
        }
        return "a value";
    }

    /** Anything from the first mention of Jackson's API or of its hidden source on is not for users. */
    private static String withoutLibraryText(String message) {
        String kept = message;
        for (String marker : new String[] {" (for ", " [Source", "[Source", " (start marker", "StreamRead", "JsonToken",
            "Feature.", ": was expecting (JSON"}) {
            int at = kept.indexOf(marker);
            if (at >= 0) {
                kept = kept.substring(0, at);
            }
        }
        kept = kept.strip();
        return kept.isEmpty() ? "not valid JSON" : kept;
    }
}
