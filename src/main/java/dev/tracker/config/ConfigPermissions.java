package dev.tracker.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * A config says where the state is written and which files are read: one that another user
 * owns, or that anyone may write, could point the tracker elsewhere. Such a file is still
 * read (it may be a shared dotfiles checkout), with a warning.
 */
final class ConfigPermissions {
    private ConfigPermissions() {
    }

    /** The warning for {@code file}, or null when it deserves none. */
    static String check(Path file) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class); // one stat for both
            String owner = attributes.owner().getName();
            String me = System.getProperty("user.name", "");
            if (!me.isEmpty() && !owner.equals(me)) {
                return "config file " + file + " belongs to " + owner + ", not to you (" + me
                        + "); it is read anyway: make it yours (chown) if it should be";
            }
            Set<PosixFilePermission> permissions = attributes.permissions();
            if (permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                return "config file " + file + " may be changed by any user (mode "
                        + mode(permissions) + "); it is read anyway: chmod 600 " + file;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // no owner or modes to tell on this file system
        }
        return null;
    }

    private static String mode(Set<PosixFilePermission> permissions) {
        int bits = 0;
        for (PosixFilePermission permission : permissions) {
            bits |= 1 << (8 - permission.ordinal());
        }
        return String.format("%04o", bits);
    }
}
