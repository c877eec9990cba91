package dev.tracker.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What writing marks into the roadmaps did, for the renderers: the files written (or, in a
 * dry run, their diffs), the plans of plain bullets left alone, the state entries handed back.
 *
 * @param files       one per roadmap that has marks and could be written, in roadmap order
 * @param plainFiles  the file names of roadmaps without marks (plans of plain bullets)
 * @param handedBack  state entries cleared because the marks now say them
 * @param skipped     files the loader skipped, left untouched
 */
public record MarkWrites(List<File> files, List<String> plainFiles, int handedBack, int skipped) {
    public MarkWrites {
        files = List.copyOf(files);
        plainFiles = List.copyOf(plainFiles);
    }

    /**
     * @param name    the file's name, as the loader listed it
     * @param target  the file written: where a symlink points
     * @param symlink whether the roadmap was a symlink
     * @param marks   how many marks changed
     * @param diff    their unified diff ("" when none changed)
     */
    public record File(String name, Path target, boolean symlink, int marks, String diff) {
    }
}
