package dev.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** tracker(1) is written from the command tree: every command, option and exit code is in it. */
class ManPageTest {
    @Test
    void everyCommandOptionAndExitCodeIsInTheManual() {
        String roff = ManPage.render();
        assertThat(roff).startsWith(".TH TRACKER 1").contains(".SH NAME", ".SH SYNOPSIS", ".SH COMMANDS", ".SH EXIT STATUS");
        for (String command : new String[] {"status", "check", "uncheck", "start", "skip", "next", "gaps", "show", "list",
                "search", "log", "undo", "doctor"}) {
            assertThat(roff).as(command).contains(".SS tracker " + command);
        }
        assertThat(roff).contains("\\-\\-depth\\-first", "\\-\\-restore\\-backup", ".B 75");
        assertThat(roff.lines()).noneMatch(line -> line.startsWith(".") && line.startsWith(".."));
    }
}
