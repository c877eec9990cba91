package dev.tracker.roadmap;

import dev.tracker.graph.FocusHint;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a roadmap says where its reader stands: status sections, status headings, focus lines. */
final class FocusRules {
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final Pattern STATUS_SECTION = Pattern.compile("^current\\s+(status|focus)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS_HEADING = Pattern.compile("^status\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPLETE = Pattern.compile(
            "\\((?i:complete|completed|done)\\)|\\bCOMPLETED?\\b|\u2705|\u2714");
    private static final Pattern COMPLETE_IN_WORDS = Pattern.compile("\\((?i:complete|completed|done)\\)|\\bCOMPLETED?\\b");
    private static final Pattern FOCUS_LINE = Pattern.compile(
            "^(currently\\s+working\\s+on|next\\s+up)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    private FocusRules() {
    }

    /** "Current Status", "🎯 CURRENT FOCUS": a list of where the reader stands, not skills. */
    static boolean isStatusSection(String heading) {
        return STATUS_SECTION.matcher(withoutLeadingSymbols(heading)).find();
    }

    /** "Status: ✅ COMPLETED" under a heading speaks about that heading; it opens no section. */
    static boolean isStatusHeading(String heading) {
        return STATUS_HEADING.matcher(withoutLeadingSymbols(heading)).find();
    }

    /** "Week 1-4 … (COMPLETE)", "Level 1: INTERMEDIATE ✅ COMPLETED", "Status: ✅ COMPLETED". */
    static boolean saysComplete(String heading) {
        return COMPLETE.matcher(heading).find();
    }

    /** As {@link #saysComplete(String)}, by words alone: where every heading carries a check mark, it is decoration. */
    static boolean saysComplete(String heading, boolean checkMarksAreDecoration) {
        return checkMarksAreDecoration ? COMPLETE_IN_WORDS.matcher(heading).find() : saysComplete(heading);
    }

    /** Every heading but the title carries a check mark (two at least): the marks decorate, they say nothing. */
    static boolean checkMarksAreDecoration(java.util.List<String> headings) {
        return headings.size() >= 2 && headings.stream().allMatch(h -> h.indexOf('\u2705') >= 0 || h.indexOf('\u2714') >= 0);
    }

    /** "Currently Working On: Phase 1", "Next Up: Lock-Free Programming", as a hint. */
    static Optional<FocusHint> focusLine(String line, String sectionId, int lineNumber) {
        Matcher m = FOCUS_LINE.matcher(line.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        FocusHint.Kind kind = m.group(1).toLowerCase().startsWith("next") ? FocusHint.Kind.NEXT_UP : FocusHint.Kind.WORKING_ON;
        return Optional.of(new FocusHint(kind, m.group(2).strip(), false, sectionId, lineNumber));
    }

    private static String withoutLeadingSymbols(String text) {
        return LEADING_SYMBOLS.matcher(text).replaceFirst("");
    }
}
