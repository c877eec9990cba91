package dev.tracker.cli;

import dev.tracker.config.ConfigEditor;
import dev.tracker.config.ConfigKey;
import dev.tracker.config.Setting;
import dev.tracker.config.Settings;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import dev.tracker.roadmap.RoadmapFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code tracker init [--roadmaps DIR]}: where your roadmaps are, written into the config file. */
public final class InitCommand extends ModelledCommand implements Runnable {
    public InitCommand(TrackerContext context) {
        super(context, "init",
                new String[] {"Point the tracker at your own roadmaps: writes them into the config file.",
                    "Asks where they are (at a terminal), or takes --roadmaps. A config file",
                    "that exists keeps everything else, comments included."},
                "  tracker init                          asks where your roadmaps are",
                "  tracker init --roadmaps ~/roadmaps    a folder of .md files");
    }

    @Override
    public void run() {
        Settings settings = workspace().settings();
        Setting<List<Path>> given = settings.roadmaps();
        Path folder;
        if (given.source().equals("--roadmaps")) {
            folder = given.value().get(0);
        } else {
            String answer = root().interaction().ask("Where are your roadmaps (a folder of .md files)? ");
            if (answer == null || answer.isEmpty()) {
                throw new TrackerException(ExitCode.USAGE, "tracker init needs to know where your roadmaps are: "
                        + "tracker init --roadmaps DIR");
            }
            folder = answer.equals("~") || answer.startsWith("~/")
                    ? settings.home().resolve(answer.substring(1).replaceFirst("^/", "")).normalize()
                    : context.workingDir().resolve(answer).normalize();
        }
        int count = RoadmapFolder.entries(folder).size(); // missing or empty: one line, exit 66, nothing written
        String literal = ConfigEditor.literal(ConfigKey.ROADMAPS, List.of(shown(folder, settings.home())));
        Path file = settings.configFile();
        if (Files.isRegularFile(file)) {
            ConfigEditor.set(file, ConfigKey.ROADMAPS, literal);
            print("set roadmaps = " + literal + " in " + file + "\n");
        } else {
            ConfigEditor.create(file, ConfigEditor.template(literal));
            print("wrote " + file + " with roadmaps = " + literal + "\n");
        }
        print(count + (count == 1 ? " roadmap file" : " roadmap files") + " there; `tracker status` shows where you stand"
                + (given.source().startsWith("$") ? " (once $TRACKER_ROADMAPS is unset: it overrides the config)" : "") + "\n");
    }

    /** A path under the home folder as ~/…, so that the file works on another machine of the same layout. */
    private static String shown(Path folder, Path home) {
        return folder.startsWith(home) && !folder.equals(home) ? "~/" + home.relativize(folder) : folder.toString();
    }
}
