package dev.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.cli.Commands;
import org.junit.jupiter.api.Test;

/** tracker(1) is written from the command tree: every registered command, option and exit code is in it. */
class ManPageTest {
    @Test
    void everyCommandOptionAndExitCodeIsInTheManual() {
        String roff = ManPage.render();
        assertThat(roff).startsWith(".TH TRACKER 1").contains(".SH NAME", ".SH SYNOPSIS", ".SH COMMANDS", ".SH EXIT STATUS");
        for (Commands command : Commands.values()) {
            if (!command.commandName().startsWith("_")) {
                assertThat(roff).as(command.commandName()).contains(".SS tracker " + command.commandName().replace("-", "\\-"));
            }
        }
        assertThat(roff).doesNotContain(".SS tracker __complete");
        assertThat(roff).contains("\\-\\-depth\\-first", "\\-\\-restore\\-backup", ".B 75");
        assertThat(roff.lines()).noneMatch(line -> line.startsWith(".") && line.startsWith(".."));
    }
}
