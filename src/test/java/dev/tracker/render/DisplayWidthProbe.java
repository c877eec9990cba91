package dev.tracker.render;

/** Lets tests outside this package measure text as the renderers do. */
public final class DisplayWidthProbe {
    private DisplayWidthProbe() {
    }

    public static int of(String text) {
        return DisplayWidth.of(text);
    }
}
