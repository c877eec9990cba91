package dev.tracker.app;

import dev.tracker.cli.TrackerContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes tracker(1) in roff from the command tree itself, at build time (Maven runs this in
 * the package phase), so the manual never drifts from `--help`.
 */
public final class ManPage {
    private ManPage() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target/man/tracker.1");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, render(), StandardCharsets.UTF_8);
    }

    static String render() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        CommandLine root = CommandLineFactory.create(new TrackerContext(sink, sink, Map.of(), Path.of("."), Clock.systemUTC()));
        CommandSpec spec = root.getCommandSpec();
        StringBuilder roff = new StringBuilder();
        roff.append(".TH TRACKER 1 \"\" \"").append(escape(spec.version().length > 0 ? spec.version()[0] : "tracker"))
                .append("\" \"User Commands\"\n");
        roff.append(".SH NAME\ntracker \\- ").append(escape(spec.usageMessage().description()[0])).append('\n');
        roff.append(".SH SYNOPSIS\n.B tracker\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]\n");
        roff.append(".SH DESCRIPTION\n");
        for (String line : spec.usageMessage().description()) {
            roff.append(escape(line)).append("\n.br\n");
        }
        roff.append(".SH OPTIONS\n");
        options(roff, spec);
        roff.append(".SH COMMANDS\n");
        for (CommandLine sub : root.getSubcommands().values()) {
            CommandSpec command = sub.getCommandSpec();
            if (command.usageMessage().hidden()) {
                continue;
            }
            roff.append(".SS ").append(escape(synopsis(command))).append('\n');
            for (String line : command.usageMessage().description()) {
                roff.append(escape(line)).append("\n.br\n");
            }
            options(roff, command);
            footer(roff, command);
        }
        roff.append(".SH EXIT STATUS\n");
        for (Map.Entry<String, String> code : spec.usageMessage().exitCodeList().entrySet()) {
            roff.append(".TP\n.B ").append(escape(code.getKey().strip())).append('\n').append(escape(code.getValue())).append('\n');
        }
        roff.append(".SH FILES AND EXAMPLES\n");
        footer(roff, spec);
        return roff.toString();
    }

    private static String synopsis(CommandSpec command) {
        StringBuilder line = new StringBuilder("tracker " + command.name());
        for (PositionalParamSpec parameter : command.positionalParameters()) {
            line.append(' ').append(parameter.paramLabel()).append(parameter.arity().max() > 1 ? "..." : "");
        }
        return line.toString();
    }

    private static void options(StringBuilder roff, CommandSpec command) {
        for (OptionSpec option : command.options()) {
            if (option.hidden() || option.inherited()) {
                continue;
            }
            String names = String.join(", ", option.names()) + (option.arity().max() > 0 ? " " + option.paramLabel() : "");
            roff.append(".TP\n.B ").append(escape(names)).append('\n')
                    .append(escape(String.join(" ", option.description()).replace("${DEFAULT-VALUE}",
                            String.valueOf(option.defaultValue())))).append('\n');
        }
    }

    private static void footer(StringBuilder roff, CommandSpec command) {
        roff.append(".PP\n.nf\n");
        for (String line : command.usageMessage().footer()) {
            roff.append(escape(line.replace("%n", ""))).append('\n');
        }
        roff.append(".fi\n");
    }

    /** Backslashes and leading dots or quotes mean something to roff. */
    private static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
