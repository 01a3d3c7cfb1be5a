package io.github.imssdk.core.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Warns when a file holding secrets can be read by other users. */
final class FilePermissions {
    private static final Logger LOG = LoggerFactory.getLogger(FilePermissions.class);

    private FilePermissions() {
    }

    /**
     * @param file a credentials file
     * @return whether a warning was logged
     */
    static boolean warnIfReadableByOthers(Path file) {
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // not a POSIX file system: nothing to say
        }
        if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
            LOG.warn("The credentials file {} is readable by other users; restrict it to its owner (chmod 600 {})",
                    file, file);
            return true;
        }
        return false;
    }
}
