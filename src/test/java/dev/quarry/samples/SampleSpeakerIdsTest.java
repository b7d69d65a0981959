package dev.quarry.samples;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample run links speakers to the ids of samples/speaker-aliases.csv; read back by DuckDB, not
 * by Spark, so the written table is what is checked.
 */
class SampleSpeakerIdsTest {

    @Test
    void speakersGetTheirIdsAndAnAmbiguousNameIsListedNotChosen() throws Exception {
        Path out = SampleRun.output();
        Map<String, String> qid = new LinkedHashMap<>();
        Map<String, String> candidates = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select speaker, speaker_qid, array_to_string(speaker_qid_candidates, '|') from "
                     + dev.quarry.tables.DeltaLogFiles.scan(out.resolve("speakers")))) {
            while (rs.next()) {
                qid.put(rs.getString(1), rs.getString(2));
                candidates.put(rs.getString(1), rs.getString(3));
            }
        }
        assertEquals("QS101", qid.get("Marco Diaz"));
        assertEquals("QS102", qid.get("Rosa Delgado"));
        assertEquals("QS104", qid.get("Tomas Lind"));
        assertEquals(null, qid.get("Paul Okafor"));
        assertEquals("QS201|QS203", candidates.get("Paul Okafor"), "the two entries named Paul Okafor");
        assertTrue(qid.containsKey("Lena Holt") && qid.get("Lena Holt") == null, "a speaker the table does not name: " + qid);
        assertEquals(null, qid.get("officials"), "a group is never linked");
    }
}
