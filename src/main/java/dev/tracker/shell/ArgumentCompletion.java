package dev.tracker.shell;

/** What a command's positional words complete to, by Tab in the shell and in bash or zsh. */
public enum ArgumentCompletion {
    /** Skill ids (check, uncheck, start, skip). */
    SKILLS,
    /** Roadmap, section and skill ids (show). */
    ANY_ID,
    /** Roadmap and section ids (list). */
    SCOPES,
    /** A roadmap id, as the first word only (status, gaps). */
    ROADMAP,
    /** Command names (help). */
    COMMANDS,
    /** Nothing beyond the values the command itself declares. */
    NONE;

    /** Says, for a command's name, what its words complete to. */
    public interface Lookup {
        ArgumentCompletion of(String command);
    }
}
