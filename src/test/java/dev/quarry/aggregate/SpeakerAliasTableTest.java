package dev.quarry.aggregate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** External ids from a hand-written alias table: exact links, tiers, ambiguity reported, groups left alone. */
class SpeakerAliasTableTest {

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static SpeakerAliasTable table;
    private static Dataset<Row> linked;
    private static Map<String, Row> bySpeaker;

    private static final String CSV = String.join("\n",
            "id,name,alias,description",
            "Q9960,Ronald Reagan,Ronald Wilson Reagan,president",
            "Q9960,Ronald Reagan,Dutch,",
            // Two presidents share an alias: a speaker named so is ambiguous.
            "Q207,George W. Bush,George Bush,43rd president",
            "Q23505,George H. W. Bush,George Bush,41st president",
            // One id carries the name, another the same string as an alias: the name decides.
            "Q9545,John Major,,prime minister",
            "Q6251370,John Major Jenkins,John Major,writer",
            "Q312,José María Aznar,,prime minister",
            "Q355,Robert C. Scott,Bobby Scott,congressman",
            "Q1,officials,,a word, not a person",
            // Unusable rows: no id, no name at all.
            ",Nobody Atall,,",
            "Q2,,,",
            "");

    private static Row speaker(String id, String name, String type, long quotes, String... otherNames) {
        List<Row> aliases = new ArrayList<>();
        aliases.add(RowFactory.create(name, quotes));
        for (String other : otherNames) {
            aliases.add(RowFactory.create(other, 1L));
        }
        return RowFactory.create(id, name, type, aliases, quotes);
    }

    @BeforeAll
    static void link() throws IOException {
        spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        Path csv = dir.resolve("aliases.csv");
        Files.writeString(csv, CSV);
        table = SpeakerAliasTable.read(spark, csv.toString());
        StructType alias = new StructType().add("name", DataTypes.StringType).add("quotes", DataTypes.LongType);
        StructType schema = new StructType().add("speaker_id", DataTypes.StringType).add("speaker", DataTypes.StringType)
                .add("speaker_type", DataTypes.StringType).add("aliases", DataTypes.createArrayType(alias))
                .add("quotes", DataTypes.LongType);
        Dataset<Row> speakers = spark.createDataFrame(List.of(
                speaker("s1", "Ronald Reagan", "PERSON", 50, "Reagan"),
                speaker("s2", "George Bush", "PERSON", 30),
                speaker("s3", "John Major", "PERSON", 20),
                speaker("s4", "Jose Maria Aznar", "PERSON", 10),
                // Its canonical name is in no entry; another full name it was given is.
                speaker("s5", "Bobby Scott Jr", "PERSON", 5, "Bobby Scott", "Scott"),
                speaker("s6", "officials", "GROUP", 40),
                speaker("s7", "Ana Petrova", "PERSON", 3),
                // A bare surname is no full name: not looked up as another name.
                speaker("s8", "Mr X", "PERSON", 2, "Dutch")), schema);
        linked = table.link(speakers);
        bySpeaker = linked.collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("speaker_id"), r -> r));
    }

    private static String qid(String speakerId) {
        return bySpeaker.get(speakerId).getAs("speaker_qid");
    }

    private static List<String> candidates(String speakerId) {
        Row r = bySpeaker.get(speakerId);
        return r.getList(r.fieldIndex("speaker_qid_candidates"));
    }

    @Test
    void aNameOfExactlyOneEntryGetsItsId() {
        assertEquals("Q9960", qid("s1"));
        assertEquals(List.of(), candidates("s1"));
        assertEquals("Q312", qid("s4"), "accents folded as entity keys fold them");
        assertEquals(8, linked.count(), "no speaker lost or doubled");
    }

    @Test
    void aNameSeveralEntriesShareIsReportedNotGuessed() {
        assertNull(qid("s2"));
        assertEquals(List.of("Q207", "Q23505"), candidates("s2"));
        String summary = table.summary(linked);
        assertTrue(summary.contains("4 of 8 speakers linked"), summary);
        assertTrue(summary.contains("1 ambiguous") && summary.contains("George Bush -> Q207|Q23505"), summary);
        assertTrue(summary.contains("2 row(s) of the file have no id or no name"), summary);
    }

    @Test
    void tiersDecideInOrder() {
        assertEquals("Q9545", qid("s3"), "an entry's name comes before another entry's alias");
        assertEquals("Q355", qid("s5"), "another full name the speaker was given, when the canonical one matches nothing");
    }

    @Test
    void groupsUnknownNamesAndSurnamesStayUnlinked() {
        assertNull(qid("s6"), "a generic group is never looked up");
        assertNull(qid("s7"));
        assertNull(qid("s8"), "'Dutch' is one word: not looked up as another name");
        assertEquals(List.of(), candidates("s7"));
    }

    @Test
    void noTableLinksNothing() {
        Row r = SpeakerAliasTable.none().link(linked.drop("speaker_qid", "speaker_qid_candidates")).first();
        assertNull(r.getAs("speaker_qid"));
        assertEquals(List.of(), r.getList(r.fieldIndex("speaker_qid_candidates")));
    }

    @Test
    void aFileWithoutTheColumnsIsAClearError() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "qid,label\nQ1,Ana\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpeakerAliasTable.read(spark, bad.toString()));
        assertTrue(e.getMessage().contains("id, name, alias"), e.getMessage());
    }
}
