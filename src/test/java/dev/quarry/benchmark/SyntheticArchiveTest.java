package dev.quarry.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticArchiveTest {

    private static final List<SyntheticArchive.SourceArticle> SOURCES = List.of(
            new SyntheticArchive.SourceArticle("Short", "A short one."),
            new SyntheticArchive.SourceArticle("Medium", "Medium length text. ".repeat(20)),
            new SyntheticArchive.SourceArticle("Long", "A longer article with several sentences in it. ".repeat(80)));

    private static List<JsonNode> records(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    out.add(json.readTree(line));
                }
            }
        }
        return out;
    }

    @Test
    void sameSeedSameArchiveOtherSeedAnother(@TempDir Path tmp) throws IOException {
        SyntheticArchive.Summary a = SyntheticArchive.write(SOURCES, "src", new SyntheticArchive.Spec(2500, 7, 0, 0), tmp.resolve("a"));
        SyntheticArchive.write(SOURCES, "src", new SyntheticArchive.Spec(2500, 7, 0, 0), tmp.resolve("b"));
        SyntheticArchive.write(SOURCES, "src", new SyntheticArchive.Spec(2500, 8, 0, 0), tmp.resolve("c"));
        assertEquals(3, a.files(), "1,000 articles a file");
        for (String part : List.of("part-00000.jsonl", "part-00002.jsonl")) {
            assertEquals(Files.readString(tmp.resolve("a").resolve(part)), Files.readString(tmp.resolve("b").resolve(part)));
            assertNotEquals(Files.readString(tmp.resolve("a").resolve(part)), Files.readString(tmp.resolve("c").resolve(part)));
        }
        List<JsonNode> rows = records(tmp.resolve("a"));
        assertEquals(2500, rows.size());
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        Set<String> titles = new HashSet<>();
        long chars = 0;
        for (JsonNode r : rows) {
            ids.add(r.get("id").asText());
            texts.add(r.get("maintext").asText());
            titles.add(r.get("title").asText());
            chars += r.get("maintext").asText().length();
            assertTrue(r.get("date_publish").asText().matches("202[34]-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        }
        assertEquals(2500, ids.size(), "ids are unique");
        assertEquals(2500, texts.size(), "every copy is distinct, so ingest keeps them all");
        assertEquals(Set.of("Short", "Medium", "Long"), titles, "every source is drawn");
        assertEquals(a.chars(), chars);
    }

    @Test
    void longArticlesReachTheirSize(@TempDir Path tmp) throws IOException {
        SyntheticArchive.write(SOURCES, "src", new SyntheticArchive.Spec(10, 1, 2, 50_000), tmp);
        List<JsonNode> rows = records(tmp);
        long longOnes = rows.stream().filter(r -> r.get("maintext").asText().length() == 50_000).count();
        assertEquals(2, longOnes, "exactly the size asked for");
        assertTrue(rows.stream().allMatch(r -> r.get("maintext").asText().length() <= 50_000));
    }

    @Test
    void anUnchangedSpecIsReusedAndAChangedOneRebuilt(@TempDir Path tmp) throws IOException {
        SyntheticArchive.Spec spec = new SyntheticArchive.Spec(20, 3, 0, 0);
        assertFalse(SyntheticArchive.write(SOURCES, "src", spec, tmp).reused());
        assertTrue(SyntheticArchive.write(SOURCES, "src", spec, tmp).reused());
        SyntheticArchive.Summary other = SyntheticArchive.write(SOURCES, "src", new SyntheticArchive.Spec(5, 3, 0, 0), tmp);
        assertFalse(other.reused());
        assertEquals(5, records(tmp).size());
    }

    @Test
    void aFolderHoldingOtherFilesIsRefused(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class,
                () -> SyntheticArchive.write(SOURCES, "src", new SyntheticArchive.Spec(5, 1, 0, 0), tmp));
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
        assertTrue(Files.exists(tmp.resolve("notes.txt")));
    }

    @Test
    void badSpecsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticArchive.Spec(0, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticArchive.Spec(5, 1, 6, 10));
        assertThrows(IllegalArgumentException.class,
                () -> SyntheticArchive.write(List.of(), "empty", new SyntheticArchive.Spec(5, 1, 0, 0), Path.of("unused")));
    }
}
