package dev.tracker.graph;

/**
 * What a roadmap says about where its reader stands, kept apart from the skills:
 * the items of a "Current Status" list, "Currently Working On: …", "Next Up: …".
 *
 * @param kind      what sort of hint
 * @param text      its text, mojibake repaired ("Month 5: Active", "Lock-Free Programming")
 * @param done      for a status item, whether it is marked done
 * @param sectionId the section it appears in, or null
 * @param line      1-based line in the file
 */
public record FocusHint(Kind kind, String text, boolean done, String sectionId, int line) {
    public enum Kind { STATUS_ITEM, WORKING_ON, NEXT_UP }
}
