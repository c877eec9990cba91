package dev.tracker.shell;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where the words before the cursor lead in the command tree: the command reached, how many
 * of its arguments are given, an option still waiting for its value, and the roadmaps the line
 * names with {@code --roadmaps} (ids are completed from those).
 *
 * @param command       the deepest command named
 * @param pendingOption an option whose value is the word being completed, else null
 * @param roadmaps      the value of {@code --roadmaps} on the line, else null
 * @param positionals   arguments already given to {@code command}
 * @param afterDashes   {@code --} came before: every word is an argument
 */
record LineWalk(CommandSpec command, OptionSpec pendingOption, String roadmaps, int positionals, boolean afterDashes) {
    static LineWalk of(CommandSpec root, List<String> words) {
        CommandSpec command = root;
        String roadmaps = null;
        int positionals = 0;
        boolean dashes = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!dashes && word.equals("--")) {
                dashes = true;
            } else if (!dashes && word.startsWith("-") && word.length() > 1) {
                int equals = word.indexOf('=');
                OptionSpec option = command.findOption(equals > 0 ? word.substring(0, equals) : word);
                if (option == null || option.arity().max() == 0) {
                    continue;
                }
                if (equals < 0 && i + 1 == words.size()) {
                    return new LineWalk(command, option, roadmaps, positionals, false);
                }
                String value = equals > 0 ? word.substring(equals + 1) : words.get(++i);
                if (option.longestName().equals("--roadmaps")) {
                    roadmaps = value;
                }
            } else if (positionals == 0 && command.subcommands().containsKey(word)) {
                command = command.subcommands().get(word).getCommandSpec();
            } else {
                positionals++;
            }
        }
        return new LineWalk(command, null, roadmaps, positionals, dashes);
    }
}
