package dev.tracker.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;

/**
 * A config says where the state is written and which files are read: one that another user
 * owns, or that anyone may write, could point the tracker elsewhere. Such a file is still
 * read (it may be a shared dotfiles checkout), with a warning.
 */
final class ConfigPermissions {
    private ConfigPermissions() {
    }

    /** The warning for {@code file}, if it deserves one. */
    static Optional<String> check(Path file) {
        try {
            UserPrincipal owner = Files.getOwner(file);
            String me = System.getProperty("user.name", "");
            if (!me.isEmpty() && !owner.getName().equals(me)) {
                return Optional.of("config file " + file + " belongs to " + owner.getName() + ", not to you (" + me
                        + "); it is read anyway: make it yours (chown) if it should be");
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                return Optional.of("config file " + file + " may be changed by any user (mode "
                        + mode(permissions) + "); it is read anyway: chmod 600 " + file);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // no owner or modes to tell on this file system
        }
        return Optional.empty();
    }

    private static String mode(Set<PosixFilePermission> permissions) {
        int bits = 0;
        for (PosixFilePermission permission : permissions) {
            bits |= 1 << (8 - permission.ordinal());
        }
        return String.format("%04o", bits);
    }
}
