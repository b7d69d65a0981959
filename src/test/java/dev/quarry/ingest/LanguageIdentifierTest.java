package dev.quarry.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguageIdentifierTest {

    @Test
    void identifiesCommonNewsLanguages() {
        assertEquals("en", LanguageIdentifier.identify(
                "The harbour reopened on Wednesday after three weeks of repairs to the pier, the port authority said."));
        assertEquals("es", LanguageIdentifier.identify(
                "El puerto volvió a abrir el miércoles después de tres semanas de reparaciones en el muelle, dijo la autoridad portuaria."));
        assertEquals("de", LanguageIdentifier.identify(
                "Der Hafen wurde am Mittwoch nach dreiwöchigen Reparaturen am Pier wieder geöffnet, teilte die Hafenbehörde mit."));
        assertEquals("fr", LanguageIdentifier.identify(
                "Le port a rouvert mercredi après trois semaines de réparations sur la jetée, a indiqué l'autorité portuaire."));
    }

    @Test
    void blankTextHasNoLanguage() {
        assertNull(LanguageIdentifier.identify("   "));
        assertNull(LanguageIdentifier.identify(null));
    }
}
