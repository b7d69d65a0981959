package dev.quarry.tables;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output root's lock: one holder, a clear refusal, a dead holder's lock taken over. */
class OutputLockTest {

    @TempDir
    java.nio.file.Path dir;

    private static FileSystem fs() throws Exception {
        return FileSystem.getLocal(new Configuration());
    }

    @Test
    void aSecondHolderIsRefusedWithTheFirstOnesDetailsUntilItLetsGo() throws Exception {
        Path root = new Path(dir.resolve("out").toString());
        OutputLock first = OutputLock.acquire(fs(), root, "run-a", 0, line -> { });
        OutputLock.Busy busy = assertThrows(OutputLock.Busy.class, () -> OutputLock.acquire(fs(), root, "run-b", 0, line -> { }));
        assertTrue(busy.getMessage().contains("run-a") && busy.getMessage().contains("--wait")
                && busy.getMessage().contains(OutputLock.FILE), busy.getMessage());
        first.close();
        assertFalse(Files.exists(dir.resolve("out").resolve(OutputLock.FILE)));
        OutputLock.acquire(fs(), root, "run-b", 0, line -> { }).close();
    }

    @Test
    void aLockWhoseProcessIsGoneIsTakenOverAndOneFromAnotherHostIsNot() throws Exception {
        java.nio.file.Path out = Files.createDirectories(dir.resolve("out"));
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        String host = java.net.InetAddress.getLocalHost().getHostName();
        Files.writeString(out.resolve(OutputLock.FILE), "run-dead\t" + host + "\t" + ended.pid() + "\t2026-01-01T00:00:00Z\n");
        List<String> log = new ArrayList<>();
        OutputLock.acquire(fs(), new Path(out.toString()), "run-new", 0, log::add).close();
        assertTrue(log.stream().anyMatch(l -> l.contains("run-dead") && l.contains("is gone")), log.toString());

        Files.writeString(out.resolve(OutputLock.FILE), "run-far\tsome-other-host\t1\t2026-01-01T00:00:00Z\n");
        OutputLock.Busy busy = assertThrows(OutputLock.Busy.class,
                () -> OutputLock.acquire(fs(), new Path(out.toString()), "run-new", 0, line -> { }));
        assertTrue(busy.getMessage().contains("some-other-host") && busy.getMessage().contains("delete"), busy.getMessage());
    }
}
