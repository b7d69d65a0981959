package dev.quarry.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies an output root (or any folder) for tests that need the same tables on two roots. */
public final class FolderCopy {

    private FolderCopy() {
    }

    public static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
