package dev.tracker.cli;

import dev.tracker.config.ConfigEditor;
import dev.tracker.config.ConfigFile;
import dev.tracker.config.ConfigKey;
import dev.tracker.config.Setting;
import dev.tracker.config.Settings;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.TextConfigRenderer;
import dev.tracker.report.PlanReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code tracker config [KEY [VALUE…]]}: the effective settings and where each came from, or set one. */
public final class ConfigCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<String> key;
    private final Specs.Value<List<String>> value;

    public ConfigCommand(TrackerContext context) {
        super(context, "config",
                new String[] {"Show the settings and where each comes from, or set one in the config file.",
                    "The file is $XDG_CONFIG_HOME/tracker/config.toml (~/.config/tracker/...).",
                    "Flags override environment variables, which override the file, which",
                    "overrides the defaults. Setting a key edits its line only: comments stay."},
                "  tracker config                      every setting, and its source",
                "  tracker config next.count           one setting",
                "  tracker config next.count 8         set it in the config file",
                "  tracker config roadmaps ~/a ~/b     several roadmap folders");
        key = Specs.wordAt(spec, "0", "KEY", "roadmaps, recursive, state, color, ascii, next.count, review.retention, "
                + "write-marks or week-start.");
        value = Specs.wordsAt(spec, "1..*", "VALUE", "The value to set (roadmaps: one or more folders or files).");
    }

    @Override
    public void run() {
        if (key.get() != null && !value.get().isEmpty()) {
            set(new Settings(context.env(), context.workingDir(), Settings.Flags.NONE).configFile());
            return;
        }
        Settings settings = workspace().settings();
        if (key.get() == null) {
            List<TextConfigRenderer.Row> rows = new ArrayList<>();
            for (ConfigKey each : ConfigKey.values()) {
                rows.add(row(settings, each));
            }
            print(TextConfigRenderer.render(settings.configFile().toString(), Files.isRegularFile(settings.configFile()), rows));
            return;
        }
        ConfigKey named = named();
        print(TextConfigRenderer.one(row(settings, named)));
    }

    /**
     * Sets the key in {@code file} without reading the config first: a file whose fault is this
     * key's line is mended so; the file as edited is checked whole before it is written.
     */
    private void set(Path file) {
        ConfigKey named = named();
        List<String> words = named == ConfigKey.ROADMAPS || named == ConfigKey.STATE ? absolute(value.get()) : value.get();
        String literal = ConfigEditor.literal(named, words);
        ConfigEditor.set(file, named, literal);
        print("set " + named.key() + " = " + literal + " in " + file + "\n");
        try {
            ConfigFile.read(file);
        } catch (TrackerException left) { // another line still at fault: the next to mend
            context.err().println("tracker: warning: " + left.getMessage());
        }
    }

    private ConfigKey named() {
        ConfigKey named = ConfigKey.named(key.get());
        if (named == null) {
            throw new TrackerException(ExitCode.USAGE, UnknownCommand.error(key.get(), ConfigKey.names()).getMessage()
                    .replace("is not a command", "is not a setting").replace("`tracker help` lists the commands",
                            "the settings are " + String.join(", ", ConfigKey.names())));
        }
        return named;
    }

    private static TextConfigRenderer.Row row(Settings settings, ConfigKey key) {
        Setting<?> setting = settings.of(key, PlanReport.DEFAULT_COUNT);
        String source = setting.source().replace("config " + settings.configFile() + ":", "config line ");
        Object value = setting.value();
        String shown;
        if (key == ConfigKey.ROADMAPS && ((List<?>) value).isEmpty()) {
            shown = "(the bundled sample)";
        } else if (value instanceof List) {
            List<String> items = new ArrayList<>();
            ((List<?>) value).forEach(item -> items.add(String.valueOf(item)));
            shown = String.join(", ", items);
        } else {
            shown = String.valueOf(value);
        }
        return new TextConfigRenderer.Row(key.key(), shown, source);
    }

    /** Paths as given, relative ones made absolute from here (the config reads relative paths from the home folder). */
    private List<String> absolute(List<String> paths) {
        List<String> out = new ArrayList<>();
        for (String path : paths) {
            boolean kept = path.startsWith("~") || Path.of(path).isAbsolute();
            out.add(kept ? path : context.workingDir().resolve(path).normalize().toString());
        }
        return out;
    }
}
