package dev.tracker.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.impl.CompletionMatcherImpl;

/**
 * Keeps every candidate the completer gives. JLine's own matcher would keep only those that
 * start with (or contain) the typed word; ours are already matched and ranked, subsequences
 * included, and must all be offered.
 */
final class PrefilteredMatcher extends CompletionMatcherImpl {
    @Override
    protected void defaultMatchers(Map<LineReader.Option, Boolean> options, boolean prefix, CompletingParsedLine line,
                                   boolean caseInsensitive, int errors, String originalGroupName) {
        super.defaultMatchers(options, prefix, line, caseInsensitive, errors, originalGroupName);
        matchers = new ArrayList<>(List.of(candidates -> candidates));
    }
}
