package dev.quarry.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void defaultsComeFromConfQuarryConf() {
        QuarryConfig c = ConfigLoader.load(null, null, List.of());
        assertEquals("samples", c.input().path());
        assertEquals(InputFormat.JSONL, c.input().format());
        assertEquals("local[*]", c.spark().master());
        assertEquals(List.of("maintext", "text"), c.ingest().jsonFields().get("text"));
    }

    @Test
    void theAttributionTaggerIsOnByDefaultAndItsModelCanBeMovedOrSwitchedOff() {
        QuarryConfig c = ConfigLoader.load(null, null, List.of());
        assertTrue(c.quotes().attributionModel());
        assertFalse(c.models().paths().containsKey("attribution"), "empty means <models.dir>/attribution");
        c = ConfigLoader.load(null, null, List.of("quotes.attribution-model=false", "models.attribution=/m/tagger"));
        assertFalse(c.quotes().attributionModel());
        assertEquals("/m/tagger", c.models().paths().get("attribution"));
    }

    @Test
    void fileThenSetOverrideInOrder() throws IOException {
        Path f = dir.resolve("mine.conf");
        Files.writeString(f, "input { format = csv, path = \"/data/a\" }\nspark.shuffle-partitions = 3\n");
        QuarryConfig c = ConfigLoader.load(null, f, List.of("input.path=/data/b", "spark.conf.spark.local.dir=/scratch"));
        assertEquals(InputFormat.CSV, c.input().format());
        assertEquals("/data/b", c.input().path());
        assertEquals(3, c.spark().shufflePartitions());
        assertEquals("/scratch", c.spark().conf().get("spark.local.dir"));
    }

    @Test
    void unknownKeyInFileIsNamedWithASuggestion() throws IOException {
        Path f = dir.resolve("typo.conf");
        Files.writeString(f, "input.formt = text\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, f, List.of()));
        assertTrue(e.getMessage().contains("'input.formt'"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'input.format'"), e.getMessage());
    }

    @Test
    void anAliasesFileMustExistAndNameItsColumns() throws IOException {
        Path good = dir.resolve("aliases.csv");
        Files.writeString(good, "ID,Name,Alias,description\nQ1,Ana Petrova,A. Petrova,minister\n");
        QuarryConfig c = ConfigLoader.load(null, null, List.of("speakers.aliases-file=" + good));
        assertEquals(good.toAbsolutePath().toString(), c.speakers().aliasesFile());
        assertTrue(c.speakers().hasAliasesFile());
        assertFalse(ConfigLoader.load(null, null, List.of()).speakers().hasAliasesFile(), "none by default");
        ConfigException missing = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, null, List.of("speakers.aliases-file=" + dir.resolve("nope.csv"))));
        assertTrue(missing.getMessage().contains("no file at"), missing.getMessage());
        Path noAlias = dir.resolve("ids.csv");
        Files.writeString(noAlias, "id,name\nQ1,Ana Petrova\n");
        ConfigException header = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, null, List.of("speakers.aliases-file=" + noAlias)));
        assertTrue(header.getMessage().contains("id, name and alias") && header.getMessage().contains("'id,name'"), header.getMessage());
    }

    @Test
    void unknownKeyInSetIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, null, List.of("spark.mastr=local[2]")));
        assertTrue(e.getMessage().contains("'spark.mastr'"), e.getMessage());
    }

    @Test
    void badValuesAreNamed() {
        assertMessage("bad value 'xml' for configuration key 'input.format'", "input.format=xml");
        assertMessage("'spark.driver-memory'", "spark.driver-memory=lots");
        assertMessage("'spark.shuffle-partitions'", "spark.shuffle-partitions=none");
        assertMessage("'spark.shuffle-partitions'", "spark.shuffle-partitions=0");
        assertMessage("'ingest.csv.delimiter'", "ingest.csv.delimiter=ab");
        assertMessage("--set expects key=value", "input.path");
    }

    @Test
    void missingConfigFileIsAnError() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, dir.resolve("nope.conf"), List.of()));
        assertTrue(e.getMessage().contains("not found"));
    }

    @Test
    void malformedHoconIsAnError() throws IOException {
        Path f = dir.resolve("broken.conf");
        Files.writeString(f, "input { path = \n");
        assertThrows(ConfigException.class, () -> ConfigLoader.load(null, f, List.of()));
    }

    @Test
    void hashChangesWithTheConfiguration() {
        assertNotEquals(ConfigLoader.load(null, null, List.of()).hash(),
                ConfigLoader.load(null, null, List.of("output.root=/elsewhere")).hash());
    }

    private static void assertMessage(String expected, String set) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, null, List.of(set)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
