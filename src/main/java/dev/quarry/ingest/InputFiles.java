package dev.quarry.ingest;

import dev.quarry.config.InputFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the files of an input path (a file, a folder read recursively, or a glob) on any Hadoop
 * file system. Files whose names do not fit the format are returned separately, to be counted, and
 * hidden files (".x", "_x") are passed over as Hadoop tools do.
 */
public final class InputFiles {

    /** A file to read, with what the manifest keeps of it. */
    public record InputFile(String path, long size, long modificationTime) implements java.io.Serializable {
    }

    public record Listing(List<InputFile> accepted, List<String> ignored) {
    }

    private InputFiles() {
    }

    public static Listing list(String input, InputFormat format, Configuration conf) throws IOException {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
            throw new java.io.FileNotFoundException("input not found: " + input);
        }
        List<InputFile> accepted = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        boolean literal = !input.matches(".*[*?\\[{].*");
        for (FileStatus status : matches) {
            walk(fs, status, format, accepted, ignored, literal);
        }
        accepted.sort(java.util.Comparator.comparing(InputFile::path));
        ignored.sort(String::compareTo);
        return new Listing(accepted, ignored);
    }

    private static void walk(FileSystem fs, FileStatus status, InputFormat format, List<InputFile> accepted,
                             List<String> ignored, boolean named) throws IOException {
        String name = status.getPath().getName();
        if (!named && (name.startsWith(".") || name.startsWith("_"))) {
            return;
        }
        if (status.isDirectory()) {
            for (FileStatus child : fs.listStatus(status.getPath())) {
                walk(fs, child, format, accepted, ignored, false);
            }
        } else if (format.accepts(name) || named) {
            // A file named outright (not through a glob) is read whatever its ending.
            accepted.add(new InputFile(status.getPath().toString(), status.getLen(), status.getModificationTime()));
        } else {
            ignored.add(status.getPath().toString());
        }
    }
}
