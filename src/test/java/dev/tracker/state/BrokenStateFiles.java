package dev.tracker.state;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * The corpus of state files the tracker must refuse, one per fault: each with the line the
 * error must name and a fragment of what it must say. Shared by the store's tests and the
 * command-line tests (readers warn, writers refuse, nothing is overwritten).
 */
final class BrokenStateFiles {
    private static final String AT = "\"at\": \"2026-11-21T09:00:00Z\"";
    private static final String ENTRY = "{" + AT + ", \"from\": \"todo\", \"id\": \"r/a\", \"to\": \"done\"}";
    private static final String DONE = AT + ", \"status\": \"done\"";

    private BrokenStateFiles() {
    }

    /** A broken file: its bytes, the line its error names, and a fragment of the error. */
    record BrokenState(String name, byte[] bytes, int line, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BrokenState> all() {
        return Stream.of(
                text("empty file", "", 1, "must be a JSON object"),
                text("only whitespace", "\n\n  \n", 4, "must be a JSON object"),
                text("truncated", "{\n  \"history\": [\n    {\"at\":\"2026-11-21T09:00:00Z\",\"from\":\"todo\",", 3, "the file ends inside an object (a } is missing)"),
                text("truncated inside a string", "{\n  \"history\": [\n    {\"at\":\"2026-11-21T09:0", 3, "the file ends inside text in double quotes (a \" is missing)"),
                text("truncated after a whole entry", "{\n  \"history\": [\n    " + ENTRY + ",\n", 4, "the file ends inside a list (a ] is missing)"),
                text("zero-filled, as a crash leaves a file on some file systems", "\0".repeat(4096), 1, "a NUL byte between values"),
                text("a NUL byte between tokens", "{\n  \"version\": 1,\0\n  \"skills\": {}\n}\n", 2, "a NUL byte between values"),
                text("a NUL byte inside a string", withSkill(DONE + ", \"title\": \"a\0b\""), 3, "control character inside text in double quotes"),
                text("invalid JSON (trailing comma)", "{\n  \"version\": 1,\n}\n", 3, "'}' where a name in double quotes should be"),
                text("invalid JSON (single quotes)", "{\n  'version': 1\n}\n", 2, "'''"),
                text("not an object", "[\n]\n", 1, "must be a JSON object"),
                text("duplicate top-level key", "{\n  \"version\": 1,\n  \"version\": 1\n}\n", 3, "the name \"version\" appears twice in one object"),
                text("duplicate skill id", "{\n  \"skills\": {\n    \"r/a\": {" + DONE + "},\n    \"r/a\": {" + DONE + "}\n  },\n"
                        + "  \"version\": 1\n}\n", 4, "the name \"r/a\" appears twice in one object"),
                text("duplicate key in an entry", withHistory(ENTRY.replace("{", "{" + AT + ", ")), 3, "the name \"at\" appears twice in one object"),
                text("trailing garbage", "{\"version\": 1}\ngarbage\n", 2, "'garbage' is not JSON (a value is text in double quotes"),
                text("a second object after the first", "{\"version\": 1}\n{\"version\": 1}\n", 2, "after the end"),
                text("status is a number", withSkill(AT + ", \"status\": 3"), 3, "\"status\" in a skill entry must be a string"),
                text("title is null", withSkill(DONE + ", \"title\": null"), 3, "\"title\" in a skill entry must be a string"),
                text("skills is an array", "{\n  \"skills\": [],\n  \"version\": 1\n}\n", 2, "\"skills\" must be an object"),
                text("history is an object", "{\n  \"history\": {},\n  \"version\": 1\n}\n", 2, "\"history\" must be an array"),
                text("a history entry is a string", withHistory("\"checked r/a\""), 3, "a history entry must be an object"),
                text("unknown status label", withSkill(AT + ", \"status\": \"finished\""), 3, "\"finished\""),
                text("unknown history status", withHistory(ENTRY.replace("\"to\": \"done\"", "\"to\": \"half\"")), 3, "\"half\""),
                text("bad time", withSkill("\"at\": \"yesterday\", \"status\": \"done\""), 3, "\"yesterday\""),
                text("history entry without id", withHistory(ENTRY.replace("\"id\": \"r/a\", ", "")), 3, "\"id\""),
                text("unknown top-level field", "{\n  \"version\": 1,\n  \"colour\": \"red\"\n}\n", 3, "unknown field \"colour\""),
                text("unknown field with a line break in its name", "{\n  \"version\": 1,\n  \"col\\nour\": \"red\"\n}\n", 3,
                        "unknown field \"col\\nour\""),
                text("unknown field in a skill entry", withSkill(DONE + ", \"note\": \"keep me\""), 3, "\"note\""),
                text("unknown field in a history entry", withHistory(ENTRY.replace("}", ", \"machine\": \"laptop\"}")), 3,
                        "\"machine\""),
                text("a lone surrogate escape", withSkill(DONE + ", \"title\": \"\\ud83d\""), 3, "lone surrogate \\ud83d"),
                text("no version", "{\n  \"skills\": {}\n}\n", 3, "no \"version\""),
                text("version is text", "{\n  \"version\": \"1\"\n}\n", 2, "whole number"),
                text("version is 1.5", "{\n  \"version\": 1.5\n}\n", 2, "whole number"),
                text("version is null", "{\n  \"version\": null\n}\n", 2, "whole number"),
                text("version 3", "{\n  \"version\": 3\n}\n", 2, "schema version 3 is newer"),
                text("a newer schema with fields this tracker does not know",
                        withHistory(ENTRY.replace("}", ", \"device\": \"laptop\"}")).replace("\"version\": 1", "\"version\": 3"), 5,
                        "schema version 3 is newer than this tracker reads (2); update the tracker"),
                text("version 0", "{\n  \"version\": 0\n}\n", 2, "version 0"),
                text("version beyond a whole number", "{\n  \"version\": 99999999999\n}\n", 2, "the number 99999999999 is too large"),
                text("version longer than a number may be", "{\n  \"version\": " + "1".repeat(StateBounds.MAX_NUMBER_CHARS + 1) + "\n}\n",
                        2, "a number of 21 digits (a state file's numbers have at most 20)"),
                text("nesting beyond the bound", "{\n  \"history\": " + "[".repeat(100_000) + "\n", 2,
                        "lists and objects nested 17 deep (at most 16)"),
                text("nesting beyond the bound in an unknown field",
                        "{\n  \"version\": 1,\n  \"extra\": " + "{\"a\":".repeat(20) + "1" + "}".repeat(20) + "\n}\n", 3,
                        "lists and objects nested 17 deep (at most 16)"),
                text("a title longer than a string may be",
                        withSkill(DONE + ", \"title\": \"" + "x".repeat(StateBounds.MAX_STRING_CHARS + 1) + "\""), 3,
                        "a text of 1048577 characters (at most 1048576)"),
                text("a skill id longer than a name may be",
                        withSkill(DONE).replace("r/a", "r".repeat(StateBounds.MAX_STRING_CHARS + 1)), 3,
                        "a text of 1048577 characters (at most 1048576)"),
                new BrokenState("not UTF-8", new byte[] {'{', '"', 'v', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'}, 1,
                        "byte 3 is not UTF-8 text"),
                new BrokenState("a title saved as Latin-1", withSkill(DONE + ", \"title\": \"caf\u00e9\"")
                        .getBytes(StandardCharsets.ISO_8859_1), 3, "column 74: byte 89 is not UTF-8 text"));
    }

    /** A state file whose one skill entry, on line 3, holds these fields. */
    private static String withSkill(String fields) {
        return "{\n  \"skills\": {\n    \"r/a\": {" + fields + "}\n  },\n  \"version\": 1\n}\n";
    }

    /** A state file whose one history entry, on line 3, is this. */
    private static String withHistory(String entry) {
        return "{\n  \"history\": [\n    " + entry + "\n  ],\n  \"version\": 1\n}\n";
    }

    private static BrokenState text(String name, String text, int line, String fragment) {
        return new BrokenState(name, text.getBytes(StandardCharsets.UTF_8), line, fragment);
    }
}
