package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code tracker completion}: prints the Tab-completion script for bash or zsh. */
public final class CompletionCommand extends ModelledCommand implements Runnable {
    /** The shells there is a script for; picocli offers them when completing this command. */
    public static final class Shells implements Iterable<String> {
        static final List<String> NAMES = List.of("bash", "zsh");

        @Override
        public java.util.Iterator<String> iterator() {
            return NAMES.iterator();
        }
    }

    private final Specs.Value<String> shell;

    public CompletionCommand(TrackerContext context) {
        super(context, "completion",
                new String[] {"Print the Tab-completion script for bash or zsh.",
                    "It completes commands, options, and the ids of roadmaps, sections and skills",
                    "from any part of an id (`tracker check interf<Tab>`), asking `tracker` itself."});
        spec.usageMessage().footerHeading("%nInstall:%n").footer(
                "  bash  add to ~/.bashrc:  source <(tracker completion bash)",
                "        or: tracker completion bash >",
                "              ~/.local/share/bash-completion/completions/tracker",
                "  zsh   add to ~/.zshrc, after compinit:  source <(tracker completion zsh)",
                "        or: tracker completion zsh > ~/.zfunc/_tracker",
                "              with fpath=(~/.zfunc $fpath) in ~/.zshrc before compinit");
        shell = Specs.choice(spec, "SHELL", "bash or zsh.", new Shells());
    }

    @Override
    public void run() {
        if (!Shells.NAMES.contains(shell.get())) {
            throw new TrackerException(ExitCode.USAGE, "no completion script for '" + shell.get()
                    + "'; there is one for bash and one for zsh: tracker completion bash");
        }
        print(script("/completion/tracker." + shell.get()));
    }

    private static String script(String resource) {
        try (InputStream in = CompletionCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
