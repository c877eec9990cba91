package dev.tracker.roadmap;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Estimates, in a few linear passes, what Flexmark 0.64.8 would spend on the inline markdown of
 * one paragraph, heading or table cell, and names what is beyond reason. Each rule is one of
 * Flexmark's super-linear paths that cmark's pathological inputs or fuzzing found: it re-reads
 * the rest of the paragraph for every link whose target never closes and walks every open
 * bracket for every link; it rescans for every run of backticks without a partner; it walks the
 * emphasis stack for every mark; and a link label of backslash escapes with no "]" makes its
 * label regex backtrack exponentially; it nests emphasis as deep as a run of * is long; and each regex
 * match it makes copies the whole paragraph. The budgets are thousands of times what a study plan needs.
 */
final class InlineCost {
    /** Characters Flexmark may re-read for unclosed link targets, open brackets or backtick runs: about 0.3 s. */
    static final long REREAD_BUDGET = 1_000_000;
    static final int MAX_EMPHASIS_RUNS = 10_000;
    /**
     * Marks of * or _ in one paragraph: Flexmark nests an emphasis node for every two of a run and
     * recurses through them (a run of 900,000 overflowed a 256 MB stack after 4.5 s and 545 MB).
     * cmark's "nested inlines" has 40,000.
     */
    static final int MAX_EMPHASIS_MARKS = 50_000;
    /**
     * Characters Flexmark may copy for regex matches: every entity, code span, autolink, inline HTML
     * tag or reference definition it matches copies the whole paragraph (Matcher.toMatchResult), so
     * a megabyte of entities took minutes. 10^8 characters is some 0.2 s.
     */
    static final long COPY_BUDGET = 100_000_000;
    /** 2^16 ways of reading one label: some 50 ms. */
    static final int MAX_LABEL_BITS = 16;
    private static final int MAX_LABEL_LENGTH = 1000;

    /** What is beyond reason, and where (an offset into the text). */
    record Excess(String what, int offset) {
    }

    private InlineCost() {
    }

    static Optional<Excess> excess(CharSequence text) {
        int n = text.length();
        long targetRereads = 0;
        long bracketWalks = 0;
        int openBrackets = 0;
        int links = 0;
        long pendingTargets = 0;
        long pendingOffsets = 0;
        int emphasisRuns = 0;
        int emphasisMarks = 0;
        long matches = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (startsACopiedMatch(text, i)) {
                matches++;
            }
            if (c == '\\' && i + 1 < n && isPunctuation(text.charAt(i + 1))) {
                i++; // the escaped character (a bracket, a star, a backslash) is a literal one
                continue;
            }
            if (c == '[') {
                openBrackets++;
            } else if (c == ']' && i + 1 < n && text.charAt(i + 1) == '(' && openBrackets > 0) {
                bracketWalks += openBrackets;
                openBrackets--;
                links++;
                pendingTargets++;
                pendingOffsets += i;
            } else if (c == ']' && openBrackets > 0) {
                openBrackets--;
            } else if (c == ')') {
                targetRereads += pendingTargets * i - pendingOffsets;
                pendingTargets = 0;
                pendingOffsets = 0;
            } else if (c == '*' || c == '_') {
                emphasisMarks++;
                emphasisRuns += i == 0 || text.charAt(i - 1) != c ? 1 : 0;
            }
        }
        targetRereads += pendingTargets * n - pendingOffsets;
        if (targetRereads > REREAD_BUDGET || bracketWalks > REREAD_BUDGET) {
            return Optional.of(new Excess(links + " links in one paragraph whose brackets or targets never close", 0));
        }
        if (emphasisRuns > MAX_EMPHASIS_RUNS) {
            return Optional.of(new Excess(emphasisRuns + " runs of * or _ in one paragraph (a paragraph may have "
                    + MAX_EMPHASIS_RUNS + ")", 0));
        }
        if (emphasisMarks > MAX_EMPHASIS_MARKS) {
            return Optional.of(new Excess(emphasisMarks + " marks of * or _ in one paragraph (a paragraph may have "
                    + MAX_EMPHASIS_MARKS + ")", 0));
        }
        if (matches * n > COPY_BUDGET) {
            return Optional.of(new Excess(matches + " entities, code spans, <…> or reference definitions in one paragraph of "
                    + ParseLimits.size(n) + " (Flexmark copies the paragraph for each: a paragraph may cost "
                    + COPY_BUDGET / 1_000_000 + " million characters)", 0));
        }
        Optional<Excess> backticks = unmatchedBackticks(text);
        return backticks.isPresent() ? backticks : unclosedEscapedLabel(text);
    }

    /**
     * Flexmark looks ahead from each run of backticks for a run of the same length; a run with
     * none costs the rest of the paragraph. Read backwards, a run is unmatched when no run of its
     * length came after it.
     */
    private static Optional<Excess> unmatchedBackticks(CharSequence text) {
        Set<Integer> lengthsAfter = new HashSet<>();
        long rereads = 0;
        int unmatched = 0;
        for (int end = text.length() - 1; end >= 0; end--) {
            if (text.charAt(end) != '`') {
                continue;
            }
            int start = end;
            while (start > 0 && text.charAt(start - 1) == '`') {
                start--;
            }
            if (lengthsAfter.add(end - start + 1)) {
                rereads += text.length() - start;
                unmatched++;
            }
            end = start;
        }
        return rereads > REREAD_BUDGET
                ? Optional.of(new Excess(unmatched + " runs of backticks in one paragraph that never close", 0))
                : Optional.empty();
    }

    /**
     * Flexmark's link label pattern reads each backslash before punctuation either as an escape
     * or as a lone backslash; when no "]" closes the label it tries every way: 2 per escape,
     * about 1.6 per backslash of a run. A "]" after no backslash or an even run ends the label at
     * its first try; a "[" ends it, failing, when no backslash comes before it. In tenths of a bit.
     */
    private static Optional<Excess> unclosedEscapedLabel(CharSequence text) {
        int n = text.length();
        int start = -1;
        int tenthsOfBits = 0;
        int escapes = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '['; // the end of the text leaves any label unclosed
            if (start >= 0 && (c == '[' || c == ']' || i - start > MAX_LABEL_LENGTH)) {
                if (c != ']' && tenthsOfBits > 10 * MAX_LABEL_BITS) {
                    return Optional.of(new Excess("a link label with " + escapes + " backslash escapes and no closing ] (2^"
                            + tenthsOfBits / 10 + " ways to read it; a label may have 2^" + MAX_LABEL_BITS + ")", start));
                }
                start = -1;
            }
            if (c == '\\' && i < n) {
                int run = 1;
                while (i + run < n && text.charAt(i + run) == '\\') {
                    run++;
                }
                boolean escapesNext = i + run < n && isPunctuation(text.charAt(i + run));
                tenthsOfBits += 7 * (run - 1) + (escapesNext ? 10 : 0);
                escapes += run - 1 + (escapesNext ? 1 : 0);
                // its first try escapes a bracket after an odd run, and later tries one after any run, so
                // such a bracket does not end the label (fuzzing found both)
                char next = i + run < n ? text.charAt(i + run) : 0;
                i += run - 1 + (next == '[' || next == ']' && run % 2 == 1 ? 1 : 0);
            } else if (c == '[' && i < n) {
                start = i;
                tenthsOfBits = 0;
                escapes = 0;
            }
        }
        return Optional.empty();
    }

    /**
     * Where Flexmark may run a regex that, matching, copies the paragraph: an entity ("&amp;",
     * "&#35;"), a "<" (autolink, inline HTML), a run of backticks, a "[" opening a line (a
     * reference definition). Counting every candidate errs only toward refusing sooner.
     */
    private static boolean startsACopiedMatch(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '&') {
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            return next == '#' || next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z';
        }
        if (c == '`') {
            return i == 0 || text.charAt(i - 1) != '`';
        }
        if (c == '[') {
            int lineStart = i;
            while (lineStart > 0 && i - lineStart < 4 && text.charAt(lineStart - 1) == ' ') {
                lineStart--;
            }
            return lineStart == 0 || text.charAt(lineStart - 1) == '\n';
        }
        return c == '<';
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && c > ' ' && !Character.isLetterOrDigit(c);
    }
}
