package dev.quarry;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rooms of docs/architecture.md, lowest first: a room may use the rooms before it in this list,
 * never one after it. Read from the sources, so a new import that points up fails here.
 */
class RoomsTest {

    static final List<String> ROOMS = List.of(
            "config", "text", "tables", "session", "nlp", "ingest", "entities", "quotes", "annotate", "aggregate", "report",
            "archive", "eval", "training", "benchmark", "cli");

    private static final Path MAIN = Path.of("src/main/java/dev/quarry");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.quarry\\.([a-z]+)\\.");

    @Test
    void everyRoomIsPlaced() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            dirs.filter(Files::isDirectory).forEach(d -> found.add(d.getFileName().toString()));
        }
        assertEquals(ROOMS.stream().sorted().toList(), found.stream().sorted().toList(),
                "a new package is a new room: place it in RoomsTest.ROOMS and docs/architecture.md");
    }

    @Test
    void noRoomUsesAHigherOne() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String room : ROOMS) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(room))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = REFERENCE.matcher(Files.readString(f));
                    while (m.find()) {
                        String used = m.group(1);
                        if (ROOMS.contains(used) && ROOMS.indexOf(used) > ROOMS.indexOf(room)) {
                            violations.add(MAIN.relativize(f) + " uses " + used);
                        }
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "lower rooms using higher ones: " + violations);
    }
}
