package dev.quarry.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerNameTallyTest {

    @Test
    void namesAreComparedFoldedWithHonorificsDropped() {
        assertTrue(SpeakerNameTally.right("President Ellen Varga", "Ellen Varga"));
        assertTrue(SpeakerNameTally.right("ellen várga", "Ellen Varga"));
        assertTrue(SpeakerNameTally.right("Sen. Tomas O\u2019Lind", "Tomas O'Lind"));
        assertFalse(SpeakerNameTally.right("Varga", "Ellen Varga"), "a partial name is not the speaker");
        assertFalse(SpeakerNameTally.right(null, "Ellen Varga"));
        assertFalse(SpeakerNameTally.right("Harbour Board Varga", "Ellen Varga"));
        assertFalse(SpeakerNameTally.right("Independent Ellen Varga", "Ellen Varga"), "a neighbouring word is not part of the name");
    }

    @Test
    void severalNotedSpeakersMustAllBeNamed() {
        assertFalse(SpeakerNameTally.right("Ellen Varga", "Ellen Varga; Tomas Lind"));
        assertTrue(SpeakerNameTally.right("Ellen Varga and Tomas Lind", "Ellen Varga; Tomas Lind"));
    }

    @Test
    void unresolvedNotesAreLeftOutAndKindsFollowTheGoldSource() {
        assertFalse(SpeakerNameTally.scored(SpeakerNameTally.UNRESOLVED));
        assertFalse(SpeakerNameTally.scored(null));
        assertEquals(SpeakerNameTally.Kind.PRONOUN, SpeakerNameTally.kind("she"));
        assertEquals(SpeakerNameTally.Kind.ROLE_NOUN, SpeakerNameTally.kind("the harbour master"));
        assertEquals(SpeakerNameTally.Kind.ROLE_NOUN, SpeakerNameTally.kind("The mayor"));
        assertEquals(SpeakerNameTally.Kind.NAME, SpeakerNameTally.kind("Ellen Varga"));
    }

    @Test
    void notesAreReadFromTheAnnotationFileOnTheFirstSource() {
        List<BratGold.Attribution> a = BratGold.parse(List.of(
                "T1\tSource 0 3\tShe",
                "T2\tCue 4 8\tsaid",
                "T3\tContent 9 20\tit was late",
                "E1\tAttribution:T2 Source:T1 Content:T3",
                "#1\tAnnotatorNotes T1\tEllen Varga"));
        assertEquals("Ellen Varga", a.get(0).speakerNote());
        SpeakerNameTally tally = new SpeakerNameTally();
        assertTrue(tally.add("She", a.get(0).speakerNote(), "Mayor Ellen Varga"));
        assertFalse(tally.add("the mayor", "Ellen Varga", "Tomas Lind"));
        assertEquals(2, tally.pairs());
        assertEquals(1, tally.correct());
        assertTrue(tally.summary().startsWith("resolved speaker 0.500 (1/2"), tally.summary());
    }
}
