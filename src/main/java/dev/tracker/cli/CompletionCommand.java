package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

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

    String shell;

    public CompletionCommand(TrackerContext context) {
        super(context);
        spec = Specs.command(this, "completion",
                new String[] {"Print the Tab-completion script for bash or zsh. It completes commands,",
                    "options, and the ids of roadmaps, sections and skills from any part of an",
                    "id (`tracker check interf<Tab>`), asking `tracker` itself for them."},
                "%nInstall:%n",
                "  bash  add to ~/.bashrc:  source <(tracker completion bash)",
                "        or: tracker completion bash >",
                "              ~/.local/share/bash-completion/completions/tracker",
                "  zsh   add to ~/.zshrc, after compinit:  source <(tracker completion zsh)",
                "        or: tracker completion zsh > ~/.zfunc/_tracker",
                "              with fpath=(~/.zfunc $fpath) in ~/.zshrc before compinit");
        spec.addPositional(PositionalParamSpec.builder().type(String.class).paramLabel("SHELL").required(true).completionCandidates(new Shells())
                .description("bash or zsh.").build());
        Specs.addHelpOptions(spec);
    }

    /** The values picocli parsed, into the fields the command reads. */
    private void bind() {
        shell = Specs.positionalValue(spec, 0, shell);
    }

    @Override
    public void run() {
        bind();
        if (!Shells.NAMES.contains(shell)) {
            throw new TrackerException(ExitCode.USAGE, "no completion script for '" + shell
                    + "'; there is one for bash and one for zsh: tracker completion bash");
        }
        context.out().print(script("/completion/tracker." + shell));
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
