package dev.tracker.state;

/**
 * What is wrong with a state file that cannot be read, in the user's words and with its place
 * ("line 4, column 1: the file ends inside a list (a ] is missing)"): the cause of the
 * TrackerException a load throws, so that doctor can say it apart from the way out.
 */
public final class StateDamage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StateDamage(String what) {
        super(what, null, false, false);
    }

    /** The damage, without the file's path or the advice around it. */
    public String what() {
        return getMessage();
    }
}
