package dev.quarry.session;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    @Test
    void durationsReadAsALogReaderWouldSayThem() {
        assertEquals("45 s", Progress.duration(44.6));
        assertEquals("4m 35s", Progress.duration(275));
        assertEquals("3h 38m", Progress.duration(3 * 3600 + 38 * 60 + 10));
    }

    @Test
    void aLogGetsPlainLinesWithoutCarriageReturns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 30_000);
        p.start("ingest", "listing");
        p.info("something");
        p.done("30 articles");
        String log = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains("\r"), log);
        assertEquals(3, log.lines().count(), log);
        assertTrue(p.stageMillis().containsKey("ingest"));
    }

    @Test
    void aClosedProgressWritesNoMoreStatusLines() throws Exception {
        org.apache.spark.sql.SparkSession spark = org.apache.spark.sql.SparkSession.builder().master("local[1]").getOrCreate();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 50);
        p.attach(spark);
        p.start("ingest", "listing");
        Thread.sleep(400);
        long whileOpen = bytes.toString(StandardCharsets.UTF_8).lines().count();
        assertTrue(whileOpen > 1, "status lines while the stage runs");
        p.close();
        Thread.sleep(100); // a tick already under way may still finish its line
        long atClose = bytes.toString(StandardCharsets.UTF_8).lines().count();
        Thread.sleep(400);
        assertEquals(atClose, bytes.toString(StandardCharsets.UTF_8).lines().count(), "lines after close");
    }
}
