package dev.tracker.cli;

import picocli.CommandLine;

/** {@code tracker help [COMMAND]}: the usage `--help` prints, as git, gh and the shell's `help` give it. */
public final class HelpCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<String> command;

    public HelpCommand(TrackerContext context) {
        super(context, "help",
                new String[] {"Show the usage of every command, or of one (as COMMAND --help does)."},
                "  tracker help          every command",
                "  tracker help check    how to mark skills done");
        command = Specs.word(spec, "COMMAND", "The command to explain.");
    }

    @Override
    public void run() {
        CommandLine root = spec.root().commandLine();
        String name = command.get();
        if (name == null) {
            root.usage(context.out());
            return;
        }
        CommandLine sub = root.getSubcommands().get(name);
        if (sub == null) {
            throw UnknownCommand.error(name, root.getSubcommands().keySet());
        }
        sub.usage(context.out());
    }
}
