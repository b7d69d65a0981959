package dev.quarry.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AcronymNamesTest {

    @Test
    void anAcronymIsTwoToSixCapitals() {
        assertEquals("AROS", AcronymNames.acronym("AROS"));
        assertEquals("CNS", AcronymNames.acronym("CNS\u2019s"));
        assertNull(AcronymNames.acronym("Nato"));
        assertNull(AcronymNames.acronym("A"));
        assertEquals("SEC", AcronymNames.acronym("S.E.C."));
        assertEquals("SEC", AcronymNames.acronym("S.E.C"));
        assertEquals("US", AcronymNames.acronym("U.S."));
        assertNull(AcronymNames.acronym("S.E.Coli"));
    }

    @Test
    void initialsAreThoseOfTheCapitalisedWords() {
        assertTrue(AcronymNames.initialsOf("Alliance to Reclaim Our Schools", "AROS"));
        assertTrue(AcronymNames.initialsOf("Christian News Service", "CNS"));
        assertFalse(AcronymNames.initialsOf("Christian News Service", "CN"));
        assertFalse(AcronymNames.initialsOf("News", "N"));
    }

    @Test
    void theDefinitionIsTheShortestRunBeforeTheParenthesis() {
        String text = "according to the event organizer Alliance to Reclaim Our Schools (AROS), which";
        assertEquals("Alliance to Reclaim Our Schools", AcronymNames.definedBefore(text, text.indexOf("AROS"), "AROS"));
        String noParen = "the organizer Alliance to Reclaim Our Schools said AROS would";
        assertNull(AcronymNames.definedBefore(noParen, noParen.indexOf("AROS"), "AROS"));
        String comma = "Reclaim, Our Schools (ROS)";
        assertNull(AcronymNames.definedBefore(comma, comma.indexOf("ROS)"), "ROS"));
        String other = "the National Rifle Association (NRA)";
        assertEquals("National Rifle Association", AcronymNames.definedBefore(other, other.indexOf("NRA"), "NRA"));
    }
}
