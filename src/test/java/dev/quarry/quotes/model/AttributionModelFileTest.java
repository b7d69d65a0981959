package dev.quarry.quotes.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributionModelFileTest {

    @Test
    void aMissingModelSaysHowToGetOneOrDoWithout() throws Exception {
        Path dir = Files.createTempDirectory("quarry-no-attribution");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AttributionModelFile.read(dir.toUri().toString()));
        assertTrue(e.getMessage().contains("train-models --only attribution"), e.getMessage());
        assertTrue(e.getMessage().contains("quotes.attribution-model = false"), e.getMessage());
    }
}
