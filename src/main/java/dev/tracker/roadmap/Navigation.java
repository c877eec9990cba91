package dev.tracker.roadmap;

import java.util.regex.Pattern;

/** Navigation is not a skill: a table of contents lists links to the document's own headings. */
final class Navigation {
    /** The whole item is one link to an anchor of this document: "[Setup](#setup)", "**[Go](#go)**". */
    private static final Pattern IN_DOCUMENT_LINK = Pattern.compile("^[\\s*_]*\\[[^\\]]*]\\(\\s*#[^)]*\\)[\\s*_.]*$");

    private Navigation() {
    }

    static boolean isInDocumentLink(String lead) {
        return lead.indexOf("](#") >= 0 && IN_DOCUMENT_LINK.matcher(lead).matches();
    }
}
