package dev.tracker.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Why the state file's folder cannot be made, in words: the JDK says only the path it could not
 * create ("/proc/x"), which reads as if the path were the reason. The nearest folder that exists
 * tells more: it is a file, or not writable, or on a file system of the kernel's (/proc, /sys)
 * where no folder can be made.
 */
final class FolderErrorText {
    /** File systems whose folders the kernel makes, never a user. */
    private static final Set<String> KERNEL_FILE_SYSTEMS = Set.of("proc", "sysfs", "devtmpfs", "cgroup", "cgroup2",
            "debugfs", "securityfs", "tracefs", "configfs", "pstore", "bpf", "efivarfs");

    private FolderErrorText() {
    }

    static String whyNotCreated(Path folder, IOException e) {
        String described = IoErrorText.describe(e);
        if (!described.equals(String.valueOf(e.getMessage()))) {
            return described; // permission denied, disk full, read-only: already in words
        }
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return "no part of " + folder + " exists";
        }
        if (!Files.isDirectory(existing)) {
            return existing + " is a file, not a folder";
        }
        if (!Files.isWritable(existing)) {
            return "permission denied on " + existing;
        }
        try {
            String type = Files.getFileStore(existing).type();
            if (KERNEL_FILE_SYSTEMS.contains(type)) {
                return existing + " is the kernel's own " + type + " file system, where no folder can be made";
            }
        } catch (IOException | RuntimeException ignored) {
            // the store cannot be told: say what the system said
        }
        return "the file system refused to make a folder in " + existing + " (" + described + ")";
    }
}
