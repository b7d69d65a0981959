package dev.quarry.cli;

import picocli.CommandLine.Option;

/** How a command that writes tables meets another command already writing under the same output root. */
public final class OutputLockOptions {

    @Option(names = "--wait", description = {"When another command is writing under the output root, wait for it to finish",
            "instead of stopping at once with exit code 7."})
    boolean waitForLock;
}
